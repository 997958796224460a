import { describe, expect, it } from 'vitest';
import { vegaGenres } from '../../src/ingestion/vegaGenres.js';

describe('vegaGenres', () => {
  it.each([
    ['Action', null, ['action']],
    ['Black Comedy', null, ['comedy']],
    ['Concert/Performance', null, ['documentary', 'music']],
    ['Romantic Comedy', null, ['comedy', 'romance']],
    ['Thriller/Suspense', null, ['thriller']],
    ['Musical', null, ['music']],
    ['Western', null, ['western']],
    [null, 'Science Fiction', ['science_fiction']],
    [null, 'Historical Fiction', ['history']],
    [null, 'Kids Fiction', ['family']],
    [null, 'Factual', ['documentary']],
    [null, 'Contemporary Fiction', []],
    [null, 'Dramatization', []],
    [null, null, []],
  ])('%s / %s → %j', (major, creative, expected) => {
    expect(vegaGenres(major, creative)).toEqual(expected);
  });

  it('merges both fields, dedupes and keeps the canonical order', () => {
    expect(vegaGenres('Adventure', 'Fantasy')).toEqual(['adventure', 'fantasy']);
    expect(vegaGenres('Action', 'Super Hero')).toEqual(['action']);
    expect(vegaGenres('Documentary', 'Factual')).toEqual(['documentary']);
  });

  it('ignores unknown values and inherited keys', () => {
    expect(vegaGenres('Slapstick', 'toString')).toEqual([]);
    expect(vegaGenres(42, {})).toEqual([]);
  });
});
