import { describe, expect, it } from 'vitest';
import { IntentVocabulary, parseIntent } from '@media-gateway/discovery';
import { tokenize } from '../../src/lib/tokenize.js';
import { TEST_VOCABULARY } from '../support/vocabulary.js';

const vocabulary = IntentVocabulary.from(TEST_VOCABULARY);

describe('IntentVocabulary', () => {
  it('finds titles with or without their leading article, and across punctuation', () => {
    expect(vocabulary.titles.match(tokenize('dark knight rises'), 0)?.value.display).toBe('The Dark Knight');
    expect(vocabulary.titles.match(tokenize('spider man no way home'), 0)).toEqual({
      value: { display: 'Spider-Man: No Way Home', popularity: 0.8, words: 4 },
      length: 5,
    });
  });

  it('keeps the more popular title when two share a key', () => {
    const v = IntentVocabulary.from({ titles: [{ text: 'Heat', popularity: 0.2 }, { text: 'HEAT', popularity: 0.9 }], people: [] });
    expect(v.titles.get('heat')?.display).toBe('HEAT');
  });

  it('resolves a surname only when one known person has it', () => {
    expect(vocabulary.personBySurname('nolan')?.display).toBe('Christopher Nolan');
    expect(vocabulary.personBySurname('stone')).toBeUndefined();
    expect(parseIntent('starring stone').people).toEqual([{ role: 'cast', name: 'stone' }]);
    expect(parseIntent('starring stone', vocabulary).people).toEqual([{ role: 'cast', name: 'stone' }]);
    expect(parseIntent('starring Emma Stone', vocabulary).people).toEqual([{ role: 'cast', name: 'Emma Stone' }]);
  });

  it('is empty by default', () => {
    expect(IntentVocabulary.EMPTY.titles.size).toBe(0);
    expect(parseIntent('like heat').references).toEqual(['heat']);
  });
});
