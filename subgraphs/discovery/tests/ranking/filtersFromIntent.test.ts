import { describe, expect, it } from 'vitest';
import { filtersFromIntent, parseIntent, validateSearchFilters } from '@media-gateway/discovery';

const NOW = new Date('2025-06-15T12:00:00Z');

describe('filtersFromIntent', () => {
  it('turns the issue example into filters, leaving the mood to ranking', () => {
    const intent = parseIntent('dark sci-fi thrillers from the 90s under two hours on Netflix', undefined, { now: NOW });
    expect(filtersFromIntent(intent)).toEqual({
      genres: ['science_fiction', 'thriller'],
      yearRange: { min: 1990, max: 1999 },
      runtime: { min: null, max: 120 },
      platforms: ['netflix'],
    });
  });

  it('lets explicit filters win, except for the region the query names', () => {
    const intent = parseIntent('horror for kids in the UK, not comedy', undefined, { now: NOW });
    expect(filtersFromIntent(intent, { genres: ['thriller'], region: 'US', maxContentRating: 'PG_13' })).toEqual({
      genres: ['thriller'],
      excludedGenres: ['comedy'],
      maxContentRating: 'PG_13',
      region: 'GB',
    });
  });
});

describe('validateSearchFilters', () => {
  it('accepts up to five filters, not counting the region', () => {
    expect(
      validateSearchFilters({
        genres: ['thriller'],
        yearRange: { min: 1990, max: 1999 },
        runtime: { min: null, max: 120 },
        platforms: ['netflix'],
        maxContentRating: 'PG_13',
        region: 'US',
        contentTypes: [],
      }),
    ).toEqual([]);
  });

  it('reports every problem at once', () => {
    expect(
      validateSearchFilters({
        genres: ['thriller', 'sitcom' as never],
        yearRange: { min: 2000, max: 1990 },
        ratingRange: { min: -1, max: null },
        runtime: { min: null, max: 120 },
        platforms: ['netflix'],
        availabilityTypes: ['FREE', 'LEASE' as never],
      }),
    ).toEqual([
      'at most 5 filters may be set at once, got 6 (genres, yearRange, ratingRange, runtime, platforms, availabilityTypes)',
      'unknown genre "sitcom"',
      'unknown availability type "LEASE"',
      'yearRange.min must not exceed yearRange.max',
      'ratingRange.min must be between 0 and 10, got -1',
    ]);
  });
});
