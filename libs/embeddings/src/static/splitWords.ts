/**
 * Splits text into the lower-case words the static model knows. The model builder runs the Brown corpus and the
 * WordNet glosses through this same function, so a query is cut exactly the way the training text was.
 *
 * Accents are folded (NFKD, combining marks dropped: "café" → "cafe"), hyphens and punctuation separate words
 * ("crime-drama" → crime, drama), and a possessive "'s" is dropped ("Atlanta's" → atlanta). Other apostrophes are
 * removed inside a word ("don't" → dont), which is how both sources spell contractions once lower-cased.
 */
export function splitWords(text: string): string[] {
  const lower = text.toLowerCase();
  // Most text is ASCII; only the rest pays for Unicode decomposition.
  const folded = /^[ -~\s]*$/.test(lower) ? lower : lower.normalize('NFKD').replace(/\p{M}+/gu, '');
  const words: string[] = [];
  for (const raw of folded.split(/[^a-z0-9']+/)) {
    if (raw === '') continue;
    const word = raw.replace(/'s$/, '').replace(/'/g, '');
    if (word !== '') words.push(word);
  }
  return words;
}
