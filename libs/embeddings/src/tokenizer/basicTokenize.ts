/**
 * BERT's "basic" tokenizer, as `BertNormalizer` + `BertPreTokenizer` in Hugging Face tokenizers and
 * `BasicTokenizer` in the original BERT code (google-research/bert `tokenization.py`):
 *
 * 1. drop NUL, U+FFFD and control characters; every whitespace character becomes a space;
 * 2. put spaces around CJK ideographs, so each one is a word of its own;
 * 3. lower-case, then strip accents (NFD, drop non-spacing marks): "Héllo" → "hello";
 * 4. split on whitespace, and split every punctuation character out as its own word: "don't!" → don ' t !
 *
 * WordPiece then splits each word into vocabulary pieces.
 */
export function basicTokenize(text: string, options: { lowercase?: boolean; stripAccents?: boolean } = {}): string[] {
  const lowercase = options.lowercase ?? true;
  // BertNormalizer's `strip_accents: null` means "follow lowercase", which is what the uncased models ship with.
  const stripAccents = options.stripAccents ?? lowercase;
  let cleaned = '';
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code === 0 || code === 0xfffd) continue;
    if (WHITESPACE.test(char)) cleaned += ' ';
    else if (CONTROL.test(char)) continue;
    else if (isCjkIdeograph(code)) cleaned += ` ${char} `;
    else cleaned += char;
  }
  if (lowercase) cleaned = cleaned.toLowerCase();
  if (stripAccents) cleaned = cleaned.normalize('NFD').replace(NON_SPACING_MARKS, '');
  const words: string[] = [];
  for (const chunk of cleaned.split(' ')) {
    let current = '';
    for (const char of chunk) {
      if (isPunctuation(char)) {
        if (current) words.push(current);
        words.push(char);
        current = '';
      } else {
        current += char;
      }
    }
    if (current) words.push(current);
  }
  return words;
}

const WHITESPACE = /^[\s\p{Zs}]$/u;
const CONTROL = /^\p{C}$/u;
const NON_SPACING_MARKS = /\p{Mn}/gu;
const UNICODE_PUNCTUATION = /^\p{P}$/u;

/** BERT counts all non-alphanumeric ASCII as punctuation ("$", "^", "`" are symbols in Unicode, not punctuation). */
function isPunctuation(char: string): boolean {
  const code = char.codePointAt(0)!;
  if ((code >= 33 && code <= 47) || (code >= 58 && code <= 64) || (code >= 91 && code <= 96) || (code >= 123 && code <= 126)) {
    return true;
  }
  return UNICODE_PUNCTUATION.test(char);
}

/** The CJK Unified Ideograph blocks BERT isolates; Hangul, Hiragana and Katakana are deliberately not in them. */
function isCjkIdeograph(code: number): boolean {
  return (
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0x20000 && code <= 0x2a6df) ||
    (code >= 0x2a700 && code <= 0x2b73f) ||
    (code >= 0x2b740 && code <= 0x2b81f) ||
    (code >= 0x2b820 && code <= 0x2ceaf) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0x2f800 && code <= 0x2fa1f)
  );
}
