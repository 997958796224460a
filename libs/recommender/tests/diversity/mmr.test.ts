import { describe, expect, it } from 'vitest';
import { mmr } from '../../src/diversity/mmr.js';
import type { DiversityCandidate } from '../../src/diversity/mmr.js';
import { RecommenderError } from '../../src/errors.js';

const candidate = (index: number, relevance: number, ...vector: number[]): DiversityCandidate => ({ index, relevance, vector: Float32Array.from(vector) });

// The top item, a near-duplicate of it (cosine ≈ 0.995) and a less relevant but different item.
const top = candidate(0, 1, 1, 0);
const nearDuplicate = candidate(1, 0.95, 0.99, 0.1);
const different = candidate(2, 0.8, 0, 1);
const pool = [top, nearDuplicate, different];
const picked = (result: DiversityCandidate[]) => result.map(({ index }) => index);

describe('mmr', () => {
  it('picks the diverse second item over a near-duplicate at λ = 0.5', () => {
    // second pick: near-duplicate 0.5·0.95 − 0.5·0.995 < 0 < different 0.5·0.8 − 0.5·0
    expect(picked(mmr(pool, 2, 0.5))).toEqual([0, 2]);
    expect(picked(mmr(pool, 3, 0.5))).toEqual([0, 2, 1]);
  });

  it('is a plain top-k by relevance at λ = 1', () => {
    expect(picked(mmr(pool, 2, 1))).toEqual([0, 1]);
  });

  it('defaults to λ = 0.7: 0.7·0.95 − 0.3·0.995 = 0.367 < 0.7·0.8 = 0.56', () => {
    expect(picked(mmr(pool, 2))).toEqual([0, 2]);
    // Where the near-duplicate is much more relevant, λ 0.7 keeps it: 0.7·0.95 − 0.3·0.995 = 0.367 > 0.7·0.3 = 0.21.
    expect(picked(mmr([top, nearDuplicate, { ...different, relevance: 0.3 }], 2))).toEqual([0, 1]);
  });

  it('breaks ties by the lower index and returns the candidates themselves', () => {
    const result = mmr([candidate(7, 0.5, 1, 0), candidate(3, 0.5, 0, 1), candidate(5, 0.5, 1, 1)], 3, 1);
    expect(picked(result)).toEqual([3, 5, 7]);
    expect(mmr(pool, 1)[0]).toBe(top);
  });

  it('returns at most the candidates it has and nothing for k = 0', () => {
    expect(mmr(pool, 10)).toHaveLength(3);
    expect(mmr(pool, 0)).toEqual([]);
    expect(mmr([], 5)).toEqual([]);
  });

  it('counts a zero vector as unrelated to everything', () => {
    expect(picked(mmr([candidate(0, 1, 1, 0), candidate(1, 0.9, 0, 0), candidate(2, 0.95, 1, 0)], 2, 0.5))).toEqual([0, 1]);
  });

  it('rejects bad arguments', () => {
    expect(() => mmr(pool, -1)).toThrow(new TypeError('k must be a non-negative integer; got -1'));
    expect(() => mmr(pool, 2, 1.5)).toThrow(new TypeError('lambda must be in [0, 1]; got 1.5'));
    const mixed = () => mmr([top, candidate(1, 0.5, 1, 0, 0)], 2);
    expect(mixed).toThrow(RecommenderError);
    expect(mixed).toThrow('candidate at position 1 has a 3-dim vector; the first has 2');
  });
});
