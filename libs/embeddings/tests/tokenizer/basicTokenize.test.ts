import { describe, expect, it } from 'vitest';
import { basicTokenize } from '../../src/tokenizer/basicTokenize.js';

describe('basicTokenize', () => {
  it('lower-cases, strips accents and splits punctuation into words of its own', () => {
    expect(basicTokenize("Héllo, wörld! Don't")).toEqual(['hello', ',', 'world', '!', 'don', "'", 't']);
  });

  it('counts all non-alphanumeric ASCII as punctuation, as BERT does', () => {
    expect(basicTokenize('$100 ^_^ a`b')).toEqual(['$', '100', '^', '_', '^', 'a', '`', 'b']);
  });

  it('isolates CJK ideographs but not kana or hangul (which NFD decomposes into jamo, as BERT does)', () => {
    expect(basicTokenize('東京タワー 서울')).toEqual(['東', '京', 'タワー', '서울'.normalize('NFD')]);
  });

  it('drops control characters and treats every whitespace character as a separator', () => {
    // NUL, the zero-width space (a format character) and U+FFFD vanish without splitting the word.
    expect(basicTokenize('tab\there\u00a0nbsp\u0000nul\u200bzw\ufffd')).toEqual(['tab', 'here', 'nbspnulzw']);
  });

  it('keeps case and accents when asked to', () => {
    expect(basicTokenize('Héllo', { lowercase: false })).toEqual(['Héllo']);
  });
});
