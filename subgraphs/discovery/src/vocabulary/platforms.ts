/**
 * The streaming platforms a query can name, with the ids and names the catalog uses for them (PRODUCT_SPEC §2
 * platform enum and §10 deep-link table, plus Crunchyroll, the one global service among the catalog's anime
 * platforms). A subgraph never imports another, so this is discovery's own copy of what it needs to understand
 * "on Netflix"; results still carry the catalog's platform ids.
 */
export interface DiscoveryPlatform {
  /** The catalog's platform id. */
  id: string;
  name: string;
  /** ISO 3166-1 alpha-2 codes where it operates; empty means worldwide. */
  regions: readonly string[];
  /**
   * Names safe to recognise on their own: "netflix thrillers". Compared after tokenising, so "disney+" and
   * "Disney +" differ but "HBO-Max" and "hbo max" do not (see `IntentVocabulary`).
   */
  aliases: readonly string[];
  /**
   * Names that are ordinary words or studios too ("max", "prime", "disney"), recognised only after "on", "via",
   * "streaming on" or inside a list of platforms: "under 2 hours max" must not mean HBO Max, and "Disney movies"
   * is about the studio.
   */
  guardedAliases: readonly string[];
}

function platform(
  id: string,
  name: string,
  regions: string[],
  aliases: string[],
  guardedAliases: string[] = [],
): DiscoveryPlatform {
  return Object.freeze({
    id,
    name,
    regions: Object.freeze(regions),
    aliases: Object.freeze(aliases),
    guardedAliases: Object.freeze(guardedAliases),
  });
}

export const PLATFORMS: readonly DiscoveryPlatform[] = Object.freeze([
  platform('netflix', 'Netflix', [], ['netflix']),
  platform('prime_video', 'Prime Video', [], ['prime video', 'amazon prime', 'amazon prime video', 'amazon video'], [
    'prime',
    'amazon',
  ]),
  platform('disney_plus', 'Disney+', [], ['disney+', 'disney plus', 'disneyplus'], ['disney']),
  platform('hulu', 'Hulu', ['US'], ['hulu']),
  platform('hbo_max', 'HBO Max', [], ['hbo max', 'hbomax', 'hbo'], ['max']),
  platform('apple_tv_plus', 'Apple TV+', [], ['apple tv+', 'apple tv plus', 'appletv+', 'apple tv'], ['apple']),
  platform('paramount_plus', 'Paramount+', [], ['paramount+', 'paramount plus'], ['paramount']),
  platform('peacock', 'Peacock', ['US'], ['peacock tv'], ['peacock']),
  platform('youtube', 'YouTube', [], ['youtube', 'you tube']),
  platform('crave', 'Crave', ['CA'], [], ['crave']),
  platform('bbc_iplayer', 'BBC iPlayer', ['GB'], ['bbc iplayer', 'iplayer'], ['bbc']),
  platform('crunchyroll', 'Crunchyroll', [], ['crunchyroll']),
]);

const BY_ID: ReadonlyMap<string, DiscoveryPlatform> = new Map(PLATFORMS.map((p) => [p.id, p]));

export function platformById(id: string): DiscoveryPlatform | undefined {
  return BY_ID.get(id);
}

/** How a platform reads in a match reason: its name, or the id itself when discovery does not know it. */
export function platformName(id: string): string {
  return BY_ID.get(id)?.name ?? id;
}
