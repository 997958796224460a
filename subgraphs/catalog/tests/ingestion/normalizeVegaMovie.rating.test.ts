import { describe, expect, it } from 'vitest';
import { normalizeVegaMovie } from '../../src/ingestion/normalizeVegaMovie.js';
import { minimumAge, normalizeMpaaRating, ratingRank } from '../../src/title/contentRating.js';

describe('MPAA ratings', () => {
  it('ranks G < PG < PG-13 < R < NC-17 with the §2 minimum ages', () => {
    expect(['G', 'PG', 'PG-13', 'R', 'NC-17'].map(ratingRank)).toEqual([0, 1, 2, 3, 4]);
    expect(['G', 'PG', 'PG-13', 'R', 'NC-17'].map(minimumAge)).toEqual([0, 0, 13, 17, 18]);
  });

  it('accepts loose spellings and rejects values that are not on the scale', () => {
    expect(normalizeMpaaRating(' pg13 ')).toBe('PG-13');
    expect(normalizeMpaaRating('Rated R')).toBe('R');
    expect(normalizeMpaaRating('NC 17')).toBe('NC-17');
    for (const raw of ['Not Rated', 'Open', 'Unrated', '', 'X', null, 13]) expect(normalizeMpaaRating(raw)).toBeNull();
    expect(ratingRank('Not Rated')).toBeNull();
    expect(minimumAge('Open')).toBeNull();
  });

  it('sets the vega record rating with system MPAA, or null for Not Rated', () => {
    const rated = normalizeVegaMovie({ Title: 'X', 'MPAA Rating': 'PG-13' });
    expect(rated.title?.contentRating).toEqual({ system: 'MPAA', rating: 'PG-13' });
    expect(normalizeVegaMovie({ Title: 'X', 'MPAA Rating': 'Not Rated' }).title?.contentRating).toBeNull();
    expect(normalizeVegaMovie({ Title: 'X', 'MPAA Rating': null }).title?.contentRating).toBeNull();
  });
});
