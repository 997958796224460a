const MAX_LANGUAGES = 20;

/**
 * Language tags in canonical BCP 47 form (`EN-us` → `en-US`, `iw` → `he`), in the order given, duplicates
 * dropped after canonicalisation so `en-us` and `en-US` count once. Validation is `Intl.getCanonicalLocales`, which
 * throws a RangeError on a structurally invalid tag; every invalid tag is reported, not just the first.
 */
export function canonicalLanguageList(tags: readonly string[], problems: string[]): string[] {
  const out: string[] = [];
  const invalid: string[] = [];
  for (const raw of tags) {
    let canonical: string | undefined;
    try {
      canonical = Intl.getCanonicalLocales(raw.trim())[0];
    } catch {
      canonical = undefined;
    }
    if (canonical === undefined) invalid.push(JSON.stringify(raw));
    else if (!out.includes(canonical)) out.push(canonical);
  }
  if (invalid.length > 0) problems.push(`preferredLanguages has invalid BCP 47 language tags: ${invalid.join(', ')}`);
  if (out.length > MAX_LANGUAGES) problems.push(`preferredLanguages accepts at most ${MAX_LANGUAGES} languages, got ${out.length}`);
  return out;
}
