import { describe, expect, it } from 'vitest';
import { matchesFilter } from '../../src/lib/matchesFilter.js';

const payload = { kind: 'film', year: 1994, rating: 8.5, genres: ['drama', 'crime'], adult: false };

describe('matchesFilter', () => {
  it('matches scalars exactly and arrays by any element, as Qdrant does', () => {
    expect(matchesFilter(payload, [{ field: 'kind', equals: 'film' }])).toBe(true);
    expect(matchesFilter(payload, [{ field: 'kind', equals: 'Film' }])).toBe(false);
    expect(matchesFilter(payload, [{ field: 'genres', equals: 'crime' }])).toBe(true);
    expect(matchesFilter(payload, [{ field: 'genres', in: ['comedy', 'drama'] }])).toBe(true);
    expect(matchesFilter(payload, [{ field: 'genres', in: ['comedy'] }])).toBe(false);
    expect(matchesFilter(payload, [{ field: 'adult', equals: false }])).toBe(true);
    expect(matchesFilter(payload, [{ field: 'year', in: [1994] }])).toBe(true);
  });

  it('never matches a missing field or a value of another type', () => {
    expect(matchesFilter(payload, [{ field: 'missing', equals: 'x' }])).toBe(false);
    expect(matchesFilter(payload, [{ field: 'missing', range: { gte: 0 } }])).toBe(false);
    expect(matchesFilter(payload, [{ field: 'year', equals: '1994' }])).toBe(false);
    expect(matchesFilter(payload, [{ field: 'year', in: ['1994'] }])).toBe(false);
    expect(matchesFilter(payload, [{ field: 'kind', range: { gte: 0 } }])).toBe(false);
    expect(matchesFilter(payload, [{ field: 'adult', in: [0] }])).toBe(false);
  });

  it('applies every range bound, inclusive and exclusive', () => {
    expect(matchesFilter(payload, [{ field: 'rating', range: { gte: 8.5, lte: 8.5 } }])).toBe(true);
    expect(matchesFilter(payload, [{ field: 'rating', range: { gt: 8.5 } }])).toBe(false);
    expect(matchesFilter(payload, [{ field: 'rating', range: { lt: 8.5 } }])).toBe(false);
    expect(matchesFilter(payload, [{ field: 'rating', range: { gt: 8, lt: 9 } }])).toBe(true);
  });

  it('requires every condition (AND), and an empty filter matches everything', () => {
    expect(matchesFilter(payload, [{ field: 'kind', equals: 'film' }, { field: 'year', range: { lt: 1990 } }])).toBe(false);
    expect(matchesFilter(payload, [{ field: 'kind', equals: 'film' }, { field: 'year', range: { lt: 2000 } }])).toBe(true);
    expect(matchesFilter(payload, [])).toBe(true);
  });
});
