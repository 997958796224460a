import { describe, expect, it } from 'vitest';
import { contentProfile, type CatalogItem } from '@media-gateway/recommender';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 0, 1);

function item(id: string, vector?: number[]): CatalogItem {
  return { id, genres: [], directors: [], cast: [], releaseYear: null, contentType: 'MOVIE', popularity: 0, ...(vector ? { vector: Float32Array.from(vector) } : {}) };
}

const items = [item('a', [1, 0, 0]), item('b', [0, 1, 0]), item('c', [0, 0, 1]), item('no-vector')];

describe('contentProfile', () => {
  it('weights each liked item by 0.95^(days/30) × value, then L2-normalises', () => {
    const profile = contentProfile(items, [
      { itemIndex: 0, value: 1, at: NOW },
      { itemIndex: 1, value: 1, at: NOW - 60 * DAY },
    ], NOW);
    // Weights 1 and 0.95² = 0.9025 before normalising.
    const norm = Math.hypot(1, 0.9025);
    expect(profile[0]).toBeCloseTo(1 / norm, 6);
    expect(profile[1]).toBeCloseTo(0.9025 / norm, 6);
    expect(profile[2]).toBe(0);
  });

  it('multiplies the decay by the feedback value', () => {
    const profile = contentProfile(items, [
      { itemIndex: 0, value: 2, at: NOW - 30 * DAY },
      { itemIndex: 1, value: 1, at: NOW },
    ], NOW);
    expect(profile[0]! / profile[1]!).toBeCloseTo(2 * 0.95, 6);
  });

  it('returns a unit vector', () => {
    const profile = contentProfile(items, [
      { itemIndex: 0, value: 3, at: NOW - 400 * DAY },
      { itemIndex: 2, value: 0.5, at: NOW - 5 * DAY },
    ], NOW);
    expect(Math.hypot(...profile)).toBeCloseTo(1, 6);
  });

  it('ignores negative and zero feedback and items without a vector', () => {
    const profile = contentProfile(items, [
      { itemIndex: 0, value: 1, at: NOW },
      { itemIndex: 1, value: -2, at: NOW },
      { itemIndex: 2, value: 0, at: NOW },
      { itemIndex: 3, value: 5, at: NOW },
    ], NOW);
    expect([...profile]).toEqual([1, 0, 0]);
  });

  it('counts a future-dated entry as today', () => {
    const profile = contentProfile(items, [
      { itemIndex: 0, value: 1, at: NOW + 90 * DAY },
      { itemIndex: 1, value: 1, at: NOW },
    ], NOW);
    expect(profile[0]).toBeCloseTo(profile[1]!, 6);
  });

  it('is a zero vector of the catalogue dimension when nothing qualifies', () => {
    expect([...contentProfile(items, [{ itemIndex: 1, value: -1, at: NOW }], NOW)]).toEqual([0, 0, 0]);
    expect(contentProfile([item('x')], [], NOW)).toHaveLength(0);
  });

  it('rejects an index outside the catalogue, naming the entry', () => {
    expect(() => contentProfile(items, [{ itemIndex: 9, value: 1, at: NOW }], NOW)).toThrow(new TypeError('history[0].itemIndex must be an index into items (0..3), got 9'));
  });

  it('rejects vectors of different sizes with DIMENSION_MISMATCH', () => {
    const mixed = [item('a', [1, 0]), item('b', [1, 0, 0])];
    expect(() => contentProfile(mixed, [{ itemIndex: 1, value: 1, at: NOW }], NOW)).toThrow(expect.objectContaining({ code: 'DIMENSION_MISMATCH' }));
  });
});
