import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/lib/tokenize.js';

const norms = (text: string) => tokenize(text).map((t) => `${t.kind}:${t.norm}`);

describe('tokenize', () => {
  it('folds case and accents and joins hyphenated and dotted words', () => {
    expect(norms('Sci-Fi Amélie U.S. rom-com PG-13 don’t')).toEqual([
      'word:scifi',
      'word:amelie',
      'word:us',
      'word:romcom',
      'word:pg13',
      'word:dont',
    ]);
  });

  it('keeps numbers with their units and decades with their apostrophes', () => {
    expect(norms("90s '90s 90's 1990s 2h 1.5hrs 1h30 100min")).toEqual([
      'number:90s',
      'number:90s',
      'number:90s',
      'number:1990s',
      'number:2h',
      'number:1.5hrs',
      'number:1h30',
      'number:100min',
    ]);
  });

  it('splits number ranges at the dash, keeps "+" on platform names and drops a full stop', () => {
    expect(norms('2010-2015 on Disney+. "Heat"')).toEqual([
      'number:2010',
      'dash:-',
      'number:2015',
      'word:on',
      'word:disney+',
      'quote:"',
      'word:heat',
      'quote:"',
    ]);
  });

  it('records offsets into the original text', () => {
    const [first, second] = tokenize('  Dark, sci-fi!');
    expect(first).toEqual({ text: 'Dark', norm: 'dark', start: 2, end: 6, kind: 'word' });
    expect(second).toEqual({ text: 'sci-fi', norm: 'scifi', start: 8, end: 14, kind: 'word' });
  });
});
