import { describe, expect, it } from 'vitest';
import { buildVocabulary } from '../../src/static/buildVocabulary.js';

describe('buildVocabulary', () => {
  const counts = new Map([
    ['the', 100],
    ['crime', 9],
    ['bank', 9],
    ['heist', 2],
    ['zebra', 1],
    ['of', 50],
  ]);

  it('keeps the most frequent words above minCount, ordered by count then alphabetically', () => {
    const vocabulary = buildVocabulary(counts, { maxFrequentWords: 4, minCount: 3 });
    expect(vocabulary.words).toEqual(['the', 'of', 'bank', 'crime']);
    expect([...vocabulary.counts]).toEqual([100, 50, 9, 9]);
  });

  it('adds extra words (WordNet lemmas) seen at least extraMinCount times, in frequency order', () => {
    const vocabulary = buildVocabulary(counts, { maxFrequentWords: 2, minCount: 3, extraWords: ['heist', 'zebra', 'unseen', 'crime'], extraMinCount: 2 });
    expect(vocabulary.words).toEqual(['the', 'of', 'crime', 'heist']);
  });
});
