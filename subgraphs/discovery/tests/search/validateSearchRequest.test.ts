import { describe, expect, it } from 'vitest';
import type { SearchRequest } from '../../src/search/SearchRequest.js';
import { searchCacheKey } from '../../src/search/SearchResultCache.js';
import { validateSearchRequest } from '../../src/search/validateSearchRequest.js';

const ok: SearchRequest = { query: 'heat', filters: {}, strategy: 'HYBRID', region: 'US', first: 20, after: null, restrictions: null };

describe('validateSearchRequest', () => {
  it('accepts a plain request, an empty query and control characters (cleaned later)', () => {
    expect(validateSearchRequest(ok)).toEqual([]);
    expect(validateSearchRequest({ ...ok, query: '' })).toEqual([]);
    expect(validateSearchRequest({ ...ok, query: '\u0000heat\u0007' })).toEqual([]);
  });

  it('lists every problem at once', () => {
    const problems = validateSearchRequest({ ...ok, query: 'x'.repeat(10_000), first: 101, region: 'ZZ' });
    expect(problems).toEqual([
      'query must be at most 500 characters, got 10000',
      'first must be between 1 and 100, got 101',
      'region must be an ISO 3166-1 alpha-2 code such as "US", got "ZZ"',
    ]);
    expect(validateSearchRequest({ ...ok, first: 0 })).toHaveLength(1);
    expect(validateSearchRequest({ ...ok, first: 2.5 })).toHaveLength(1);
    expect(validateSearchRequest({ ...ok, region: 'usa' })).toHaveLength(1);
  });

  it('counts the explicit filters (at most 5)', () => {
    const six = {
      genres: ['horror' as const], contentTypes: ['MOVIE' as const], yearRange: { min: 1990, max: null }, runtime: { min: null, max: 120 },
      platforms: ['netflix'], maxContentRating: 'PG' as const,
    };
    expect(validateSearchRequest({ ...ok, filters: six })).toEqual([expect.stringContaining('at most 5 filters')]);
  });
});

describe('searchCacheKey', () => {
  const key = (extra: Partial<Parameters<typeof searchCacheKey>[0]> = {}) =>
    searchCacheKey({ text: 'Heat', filters: {}, region: 'US', restrictions: null, strategy: 'HYBRID', ...extra });

  it('is the same for requests that must get the same outcome', () => {
    expect(key({ text: 'heat' })).toBe(key());
    expect(key({ filters: { genres: ['crime', 'thriller'] } })).toBe(key({ filters: { genres: ['thriller', 'crime'] } }));
    expect(key({ filters: { genres: [] } })).toBe(key());
    expect(key({ region: 'us' })).toBe(key());
  });

  it("differs by filters, region, strategy and a profile's restrictions", () => {
    const keys = new Set([
      key(),
      key({ filters: { genres: ['crime'] } }),
      key({ region: 'GB' }),
      key({ strategy: 'KEYWORD' }),
      key({ restrictions: { maxContentRating: 'PG', blockedGenres: [] } }),
      key({ restrictions: { maxContentRating: 'PG', blockedGenres: ['horror'] } }),
    ]);
    expect(keys.size).toBe(6);
  });
});
