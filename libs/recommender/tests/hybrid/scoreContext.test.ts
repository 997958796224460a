import { describe, expect, it } from 'vitest';
import { CONTEXT_PRIORS, daypartOf, scoreContext, type CatalogItem } from '@media-gateway/recommender';

function item(id: string, fields: Partial<CatalogItem>): CatalogItem {
  return { id, genres: [], directors: [], cast: [], releaseYear: 2020, contentType: 'MOVIE', popularity: 0.5, runtimeMinutes: 110, ...fields };
}

describe('context source', () => {
  it('maps every hour to the daypart of the table', () => {
    expect([0, 4, 5, 11, 12, 17, 18, 22, 23].map(daypartOf)).toEqual(['LATE_NIGHT', 'LATE_NIGHT', 'MORNING', 'MORNING', 'AFTERNOON', 'AFTERNOON', 'EVENING', 'EVENING', 'LATE_NIGHT']);
    expect(() => daypartOf(24)).toThrow(new TypeError('hour must be an integer 0–23, got 24'));
    expect(CONTEXT_PRIORS.LATE_NIGHT.prefersShort).toBe(true);
  });

  const items = [
    item('epic', { genres: ['drama'], runtimeMinutes: 170 }),
    item('series', { genres: ['horror'], contentType: 'SERIES', runtimeMinutes: null }),
    item('film', { genres: ['drama'], runtimeMinutes: 115 }),
  ];

  it('late night on a phone favours short titles in the lifted genres', () => {
    const result = scoreContext(items, { hour: 1, device: 'PHONE' }, 3);
    expect(result.map((r) => items[r.index]!.id)).toEqual(['series', 'film', 'epic']);
    expect(result[0]!.score).toBeCloseTo(0.5 * 1.5 * 1.25, 9);
    expect(result[2]!.score).toBeCloseTo(0.5 * 0.8, 9);
  });

  it('an evening on a TV favours full-length films in the lifted genres', () => {
    const result = scoreContext(items, { hour: 20, device: 'TV' }, 3, { exclude: new Set([2]) });
    expect(result.map((r) => [items[r.index]!.id, r.score])).toEqual([['epic', expect.closeTo(0.5 * 1.5 * 1.15, 9)], ['series', 0.5]]);
  });
});
