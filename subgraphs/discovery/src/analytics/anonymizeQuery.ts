import { cleanSearchText } from '../store/cleanSearchText.js';

/** Longest query the search log stores, in code points (mask tokens included). */
export const MAX_LOGGED_QUERY_LENGTH = 200;

// Each mask is one private-use code point while the text is cut, so a cut never splits `<email>` into `<em`; user
// text loses its own private-use characters first (they carry no search meaning).
const MASKS = { '\uE000': '<email>', '\uE001': '<url>', '\uE002': '<handle>', '\uE003': '<number>' } as const;
const EMAIL = '\uE000';
const URL_MASK = '\uE001';
const HANDLE = '\uE002';
const NUMBER = '\uE003';

// A scheme URL (`https://…`, `ftp://…`), `www.…`, or a bare domain followed by a path (`example.com/u/jane`): the path
// is what names a person. A bare domain alone ("netflix.com") stays; it is a title or platform, not an identifier.
const URLS = /(?:\b[a-z][a-z0-9+.-]*:\/\/|\bwww\.)\S+|(?<![\p{L}\p{N}@._-])[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.[a-z]{2,}\/\S*/gu;
// Lenient on purpose (no TLD needed): masking a false positive costs one analytics string, missing an address leaks it.
const EMAILS = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*/gu;
const HANDLES = /(?<![\p{L}\p{N}_.@])@[\p{L}\p{N}_]+(?:\.[\p{L}\p{N}_]+)*/gu;
// Digit groups joined by one separator: "555-123-4567", "+44 20 7946 0958", "(555) 123 4567", "1999 2001".
const NUMBERS = /\+?(?:\(\p{Nd}+\)|\p{Nd}+)(?:[ .-]?\(\p{Nd}+\)|[ .-]\p{Nd}+)*/gu;
const DIGIT_GROUP = /\p{Nd}+/gu;
const YEAR = /^(?:18|19|20)\d\d$/;
const LONG_DIGIT_RUN = /\p{Nd}{5,}/gu;
const PRIVATE_USE = /\p{Co}/gu;

/**
 * A search query as the analytics log stores it (PRODUCT_SPEC §4 "anonymized query log"): NFKC, lower-case, one
 * space between words, at most {@link MAX_LOGGED_QUERY_LENGTH} characters, with what could identify a person masked:
 *
 * - e-mail addresses → `<email>`, URLs → `<url>`, `@handles` → `<handle>`;
 * - numbers that could be a phone number or an account id → `<number>`: any run of 5 or more digits
 *   ("order 1234567"), and digit groups of 7 or more digits in all that are joined by `+ ( ) . -`
 *   ("555-123-4567", "+1 555 123 4567") or are 3 or more space-separated groups ("555 123 4567"), unless every
 *   group is a year. Years stay: "blade runner 2049", "1984 (1956)", "1990-1999", "2001 2010 2046", and so do
 *   short numbers: "top 10 2019" (six digits in all).
 *
 * Masking comes before the cut, so a cut can never leave the start of an address unmasked. Idempotent: an
 * anonymised query anonymises to itself, which is how the store recognises one. Returns '' for empty or
 * whitespace-only input, and for anything that is not a string.
 */
export function anonymizeQuery(query: unknown): string {
  const text = cleanSearchText(query).normalize('NFKC').toLowerCase().replace(PRIVATE_USE, ' ').replace(/\s+/g, ' ').trim();
  if (text === '') return '';
  const masked = text
    .replace(URLS, URL_MASK)
    .replace(EMAILS, EMAIL)
    .replace(HANDLES, HANDLE)
    .replace(NUMBERS, maskNumber);
  return cutExpanded(masked, MAX_LOGGED_QUERY_LENGTH).trim();
}

function maskNumber(match: string): string {
  const groups = match.match(DIGIT_GROUP) ?? [];
  const digits = groups.reduce((sum, group) => sum + Array.from(group).length, 0);
  const grouped = /[+().-]/.test(match) || groups.length >= 3;
  if (digits >= 7 && grouped && !groups.every((group) => YEAR.test(group))) return NUMBER;
  return match.replace(LONG_DIGIT_RUN, NUMBER);
}

/** The longest prefix whose text, masks written out, fits `max` code points; the masks are written out. */
function cutExpanded(masked: string, max: number): string {
  let out = '';
  let length = 0;
  for (const char of masked) {
    const expanded = char in MASKS ? MASKS[char as keyof typeof MASKS] : char;
    const size = expanded === char ? 1 : expanded.length;
    if (length + size > max) break;
    out += expanded;
    length += size;
  }
  return out;
}
