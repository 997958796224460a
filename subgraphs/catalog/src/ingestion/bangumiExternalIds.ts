import type { ExternalIdRef } from './types.js';

/** bangumi-data `info` site key → our external id system (§2 ExternalIds, plus the anime databases). */
const INFO_SITE_SYSTEM: Readonly<Record<string, string>> = {
  bangumi: 'bangumi',
  mal: 'mal',
  anidb: 'anidb',
  aniList: 'anilist',
};

/**
 * External ids of a bangumi-data item from its info sites, first one per system.
 *
 * TMDb ids come as `movie/129` or `tv/57706`. Season and episode ids (`tv/26318/season/0`) are not taken: they
 * name part of a show, and reading them as the show's id would merge every season and special into one title.
 */
export function bangumiExternalIds(sites: ReadonlyArray<{ site: string; id: string }>): ExternalIdRef[] {
  const ids = new Map<string, string>();
  for (const { site, id } of sites) {
    const ref = site === 'tmdb' ? parseTmdbId(id) : externalId(site, id);
    if (ref && !ids.has(ref.system)) ids.set(ref.system, ref.value);
  }
  return [...ids].map(([system, value]) => ({ system, value }));
}

/** `movie/123` → tmdb_movie 123, `tv/123` → tmdb_tv 123; anything else null. */
export function parseTmdbId(id: string): ExternalIdRef | null {
  const match = /^(movie|tv)\/([1-9]\d*)$/.exec(id.trim());
  if (!match) return null;
  return { system: match[1] === 'movie' ? 'tmdb_movie' : 'tmdb_tv', value: match[2] ?? '' };
}

function externalId(site: string, id: string): ExternalIdRef | null {
  const system = Object.hasOwn(INFO_SITE_SYSTEM, site) ? INFO_SITE_SYSTEM[site] : undefined;
  const value = id.trim();
  return system === undefined || value === '' ? null : { system, value };
}
