import { describe, expect, it } from 'vitest';
import { cosineSimilarity } from '../src/cosineSimilarity.js';

describe('cosineSimilarity', () => {
  it('is the normalised dot product, 0 for a zero vector', () => {
    expect(cosineSimilarity([1, 0], [1, 1])).toBeCloseTo(Math.SQRT1_2, 12);
    expect(cosineSimilarity(Float32Array.of(2, 0), Float32Array.of(-3, 0))).toBe(-1);
    expect(cosineSimilarity([0, 0], [1, 1])).toBe(0);
  });

  it('rejects vectors of different lengths', () => {
    expect(() => cosineSimilarity([1], [1, 2])).toThrow(new TypeError('vectors differ in length: 1 and 2'));
  });
});
