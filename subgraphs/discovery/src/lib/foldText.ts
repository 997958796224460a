/**
 * Lower-cases and strips Latin combining accents, so "Amélie", "AMELIE" and "amelie" compare equal.
 *
 * Only U+0300–U+036F is dropped, as the catalog's title keys do: NFKD also splits Japanese kana into base plus
 * voicing mark (ガ → カ + U+3099), and dropping every mark would merge different words.
 */
export function foldText(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}
