/**
 * Greedy longest-match-first WordPiece (Wu et al. 2016; google-research/bert `WordpieceTokenizer`): take the
 * longest vocabulary entry that prefixes the word, then the longest `##`-prefixed entry for the rest, and so on.
 * If some remainder matches nothing, or the word is longer than `maxCharsPerWord`, the whole word is `[UNK]`
 * (not just the unmatched part), exactly as BERT does.
 *
 * @example wordPiece("unaffable", vocab, 100) // ids of ["una", "##ffa", "##ble"]
 */
export function wordPiece(word: string, vocabulary: ReadonlyMap<string, number>, unknownId: number, maxCharsPerWord = 100, prefix = '##'): number[] {
  const chars = [...word];
  if (chars.length > maxCharsPerWord) return [unknownId];
  const ids: number[] = [];
  let start = 0;
  while (start < chars.length) {
    let end = chars.length;
    let found: number | undefined;
    while (start < end) {
      const piece = (start > 0 ? prefix : '') + chars.slice(start, end).join('');
      found = vocabulary.get(piece);
      if (found !== undefined) break;
      end--;
    }
    if (found === undefined) return [unknownId];
    ids.push(found);
    start = end;
  }
  return ids;
}
