import type { SearchCandidate } from '@media-gateway/discovery';

/** A film with sensible defaults; each test overrides what it is about. */
export function candidate(id: string, overrides: Partial<SearchCandidate> = {}): SearchCandidate {
  return {
    id,
    title: `Title ${id}`,
    contentType: 'MOVIE',
    releaseYear: 1995,
    runtimeMinutes: 110,
    genres: ['thriller'],
    contentRating: 'R',
    averageRating: 7,
    popularity: 0.5,
    directors: [],
    cast: [],
    offers: [{ platform: 'netflix', regions: [], availabilityType: 'SUBSCRIPTION' }],
    ...overrides,
  };
}
