import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { scoreContent, type CatalogItem } from '@media-gateway/recommender';

function item(id: string, vector?: number[]): CatalogItem {
  const v = vector ? Float32Array.from(vector) : undefined;
  if (v) {
    const norm = Math.hypot(...v);
    v.forEach((x, i) => (v[i] = x / norm));
  }
  return { id, genres: [], directors: [], cast: [], releaseYear: null, contentType: 'MOVIE', popularity: 0, ...(v ? { vector: v } : {}) };
}

const items = [item('a', [1, 0]), item('b', [1, 1]), item('c', [0, 1]), item('d'), item('e', [-1, 0])];

describe('scoreContent', () => {
  it('returns the k items closest to the profile by cosine, best first', () => {
    const result = scoreContent(items, Float32Array.from([1, 0]), 3);
    expect(result.map((r) => r.index)).toEqual([0, 1, 2]);
    expect(result[0]!.score).toBeCloseTo(1, 6);
    expect(result[1]!.score).toBeCloseTo(Math.SQRT1_2, 6);
  });

  it('leaves out excluded items and items without a vector', () => {
    const result = scoreContent(items, Float32Array.from([0, 1]), 10, { exclude: new Set([2]) });
    expect(result.map((r) => r.index)).toEqual([1, 0, 4]);
  });

  it('leans towards known titles with a popularity exponent, and keeps the cosine order among equally known ones', () => {
    const known = (id: string, vector: number[], popularity: number) => ({ ...item(id, vector), popularity });
    const catalogue = [known('obscure twin', [1, 0], 0.01), known('famous twin', [1, 0], 0.64), known('famous near', [1, 1], 0.64), known('unknown', [1, 0], 0)];
    const profile = Float32Array.from([1, 0]);
    expect(scoreContent(catalogue, profile, 4).map((r) => r.index)).toEqual([0, 1, 3, 2]);
    const leaning = scoreContent(catalogue, profile, 4, { popularityExponent: 0.5 });
    expect(leaning.map((r) => r.index)).toEqual([1, 2, 0, 3]);
    expect(leaning[0]!.score).toBeCloseTo(0.8, 6);
    expect(leaning[1]!.score).toBeCloseTo(Math.SQRT1_2 * 0.8, 6);
    expect(() => scoreContent(catalogue, profile, 4, { popularityExponent: -1 })).toThrow(TypeError);
  });

  it('gives nothing for a zero profile', () => {
    expect(scoreContent(items, new Float32Array(2), 3)).toEqual([]);
  });

  it('matches a full sort for any catalogue (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: -5, max: 5 }), fc.integer({ min: -5, max: 5 })), { minLength: 1, maxLength: 30 }), fc.integer({ min: 0, max: 40 }), (vectors, k) => {
        const catalogue = vectors.map(([x, y], i) => (x === 0 && y === 0 ? item(`i${i}`) : item(`i${i}`, [x, y])));
        const profile = Float32Array.from([0.6, 0.8]);
        const scored = catalogue
          .map((c, index) => ({ index, score: c.vector ? 0 + c.vector[0]! * profile[0]! + c.vector[1]! * profile[1]! : Number.NaN }))
          .filter((s) => !Number.isNaN(s.score))
          .sort((a, b) => b.score - a.score || a.index - b.index);
        expect(scoreContent(catalogue, profile, k).map((s) => s.index)).toEqual(scored.slice(0, k).map((s) => s.index));
      }),
    );
  });
});
