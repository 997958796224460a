import { describe, expect, it } from 'vitest';
import { splitWords } from '../../src/static/splitWords.js';

describe('splitWords', () => {
  it('lower-cases and splits on spaces, hyphens and punctuation', () => {
    expect(splitWords('Bank-Robbery: a CRIME drama!')).toEqual(['bank', 'robbery', 'a', 'crime', 'drama']);
  });

  it("drops a possessive 's and joins other apostrophes", () => {
    expect(splitWords("Atlanta's jury didn't")).toEqual(['atlanta', 'jury', 'didnt']);
  });

  it('folds accents and keeps digits', () => {
    expect(splitWords('Café noir, 1960s')).toEqual(['cafe', 'noir', '1960s']);
  });

  it('returns nothing for text without words', () => {
    expect(splitWords(' -- ... ')).toEqual([]);
  });
});
