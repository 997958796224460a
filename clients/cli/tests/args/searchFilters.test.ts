import { describe, expect, it } from 'vitest';
import { searchFilters } from '../../src/args/searchFilters.js';

describe('searchFilters', () => {
  it('is null when no option narrows the search (the server then applies none)', () => {
    expect(searchFilters({})).toBeNull();
    expect(searchFilters({ genre: [], platform: [] })).toBeNull();
  });

  it('maps each option to its SearchFilter field', () => {
    expect(searchFilters({ type: 'SERIES', genre: ['DRAMA'], year: { min: 2015, max: 2020 }, platform: ['netflix'] })).toEqual({
      contentTypes: ['SERIES'],
      genres: ['DRAMA'],
      releaseYear: { min: 2015, max: 2020 },
      platforms: ['netflix'],
    });
  });
});
