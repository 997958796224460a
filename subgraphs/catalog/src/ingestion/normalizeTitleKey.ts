/**
 * The form of a title used to match records across sources: "The Lord of the Rings: The Two Towers",
 * "lord of the rings the two towers" and "Lord Of The Rings – The Two Towers" all give the same key.
 *
 * Only Latin-style combining accents (U+0300–U+036F) are stripped. NFKD also splits Japanese kana into base plus
 * voicing mark (ガ → カ + U+3099); dropping every mark would make ガンダム and カンタム the same key.
 */
export function normalizeTitleKey(title: string): string {
  const key = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    // Punctuation is removed, not turned into a space, so "Spider-Man" and "Spiderman" agree, as do "don't" and "dont".
    .replace(/[^\p{L}\p{N}\p{M}\s]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
  const withoutArticle = key.replace(/^(the|a|an) /, '');
  return withoutArticle === '' ? key : withoutArticle;
}
