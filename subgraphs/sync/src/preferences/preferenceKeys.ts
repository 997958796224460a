/**
 * The preference registers a profile syncs (PRODUCT_SPEC §9 "each preference key" is an LWW register). A closed
 * list, so a client bug cannot grow a profile's preferences without bound; account-wide preferences (genres,
 * subscribed platforms) belong to the identity subgraph, not here.
 */
export const PREFERENCE_KEYS = ['subtitleLanguage', 'audioLanguage', 'autoplayNext', 'playbackSpeed', 'preferredQuality', 'theme'] as const;
export type PreferenceKey = (typeof PREFERENCE_KEYS)[number];

export const MAX_PREFERENCE_VALUE_LENGTH = 200;

export function isPreferenceKey(key: unknown): key is PreferenceKey {
  return typeof key === 'string' && (PREFERENCE_KEYS as readonly string[]).includes(key);
}

/** Every problem with a preference write's key and value. */
export function preferenceProblems(key: unknown, value: unknown): string[] {
  const problems: string[] = [];
  if (!isPreferenceKey(key)) problems.push(`key must be one of ${PREFERENCE_KEYS.join(', ')}, got ${JSON.stringify(key)}`);
  if (typeof value !== 'string' || value.length > MAX_PREFERENCE_VALUE_LENGTH) {
    problems.push(`value must be a string of at most ${MAX_PREFERENCE_VALUE_LENGTH} characters`);
  }
  return problems;
}
