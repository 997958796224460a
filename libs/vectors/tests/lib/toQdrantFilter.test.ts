import { describe, expect, it } from 'vitest';
import { filterMatchesNothing, toQdrantFilter } from '../../src/lib/toQdrantFilter.js';

describe('toQdrantFilter', () => {
  it('translates each condition kind into a Qdrant must clause', () => {
    expect(
      toQdrantFilter([
        { field: 'kind', equals: 'film' },
        { field: 'adult', equals: false },
        { field: 'year', equals: 1994 },
        { field: 'genres', in: ['drama', 'crime'] },
        { field: 'tier', in: [1, 2] },
        { field: 'score', range: { gte: 0.5, lt: 1 } },
      ]),
    ).toEqual({
      must: [
        { key: 'kind', match: { value: 'film' } },
        { key: 'adult', match: { value: false } },
        { key: 'year', match: { value: 1994 } },
        { key: 'genres', match: { any: ['drama', 'crime'] } },
        { key: 'tier', match: { any: [1, 2] } },
        { key: 'score', range: { gte: 0.5, lt: 1 } },
      ],
    });
  });

  it('knows when a filter cannot match anything', () => {
    expect(filterMatchesNothing([{ field: 'a', equals: 'x' }, { field: 'b', in: [] }])).toBe(true);
    expect(filterMatchesNothing([{ field: 'b', in: ['x'] }])).toBe(false);
  });
});
