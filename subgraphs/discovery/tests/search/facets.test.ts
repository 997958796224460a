import { describe, expect, it } from 'vitest';
import { facetsOf } from '../../src/search/facets.js';
import { candidate } from '../support/candidate.js';

const NOW = new Date('2026-06-01T00:00:00Z');

describe('facetsOf', () => {
  it('counts genres, platforms available in the region, decades and rating buckets over every result', () => {
    const facets = facetsOf(
      [
        candidate('a', { genres: ['thriller', 'crime'], releaseYear: 1995, averageRating: 8.2 }),
        candidate('b', { genres: ['thriller'], releaseYear: 1999, averageRating: 6, offers: [{ platform: 'hulu', regions: ['US'], availabilityType: 'SUBSCRIPTION' }] }),
        candidate('c', { genres: ['Science Fiction'], releaseYear: 2004, averageRating: null, offers: [{ platform: 'bbc_iplayer', regions: ['GB'], availabilityType: 'FREE' }] }),
      ],
      'US',
      NOW,
    );
    expect(facets.genres).toEqual([
      { value: 'THRILLER', label: 'Thriller', count: 2 },
      { value: 'CRIME', label: 'Crime', count: 1 },
      { value: 'SCIENCE_FICTION', label: 'Science Fiction', count: 1 },
    ]);
    expect(facets.platforms).toEqual([
      { value: 'hulu', label: 'Hulu', count: 1 },
      { value: 'netflix', label: 'Netflix', count: 1 },
    ]);
    expect(facets.decades).toEqual([
      { value: '2000', label: '2000s', count: 1 },
      { value: '1990', label: '1990s', count: 2 },
    ]);
    expect(facets.ratings.map((r) => [r.value, r.count])).toEqual([['8-10', 1], ['6-8', 1], ['unrated', 1]]);
  });

  it('leaves out offers that are not available now', () => {
    const expired = candidate('a', { offers: [{ platform: 'netflix', regions: [], availabilityType: 'SUBSCRIPTION', expiresAt: new Date('2026-01-01T00:00:00Z') }] });
    expect(facetsOf([expired], 'US', NOW).platforms).toEqual([]);
  });
});
