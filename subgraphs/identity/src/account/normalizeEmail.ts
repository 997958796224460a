/**
 * The form an email address is stored and looked up in: trimmed, NFC-normalised and lower-cased as a whole.
 *
 * RFC 5321 lets the local part be case-sensitive, but no mainstream provider treats it so, and users do type
 * "Alice@Example.com" one day and "alice@example.com" the next. Provider-specific rewriting (Gmail dots,
 * "+tag" suffixes) is deliberately not done: those are distinct addresses to every other provider, and stripping
 * them would merge accounts that are not the same person's.
 */
export function normalizeEmail(raw: string): string {
  return raw.trim().normalize('NFC').toLowerCase();
}
