import { SEARCH_TUNING } from './searchTuning.js';

// C0/C1 controls (NUL would make Postgres reject the parameter), format characters (zero-width joiners, bidi
// marks) and lone surrogates (no valid UTF-8 exists for them; with the `u` flag a proper pair is one code point).
const UNSAFE = /[\p{Cc}\p{Cf}\p{Cs}]/gu;

/**
 * Text from a user made safe to bind as a search parameter: controls and format characters become spaces, runs of
 * whitespace one space, and it is cut to {@link SEARCH_TUNING.maxQueryLength} characters (PRODUCT_SPEC §4: a query
 * is at most 500 characters; the resolver rejects longer ones, the store never sends them). Never throws.
 */
export function cleanSearchText(text: unknown): string {
  if (typeof text !== 'string') return '';
  const clean = text.replace(UNSAFE, ' ').replace(/\s+/g, ' ').trim();
  const chars = Array.from(clean);
  return chars.length <= SEARCH_TUNING.maxQueryLength ? clean : chars.slice(0, SEARCH_TUNING.maxQueryLength).join('').trim();
}
