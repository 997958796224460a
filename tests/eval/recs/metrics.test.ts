import { describe, expect, it } from 'vitest';
import { catalogueCoverage, meanIntraListSimilarity, ndcgAt, precisionAt } from './metrics.js';

const relevant = new Set(['a', 'c', 'x']);

describe('recommendation metrics', () => {
  it('P@k counts relevant items in the first k, dividing by k even for a short list', () => {
    expect(precisionAt(10, ['a', 'b', 'c', 'd'], relevant)).toBe(0.2);
    expect(precisionAt(2, ['a', 'b', 'c'], relevant)).toBe(0.5);
    expect(precisionAt(10, [], relevant)).toBe(0);
  });

  it('nDCG@k on a hand-computed case: hits at ranks 1 and 3 of 3 relevant', () => {
    // DCG = 1/log2(2) + 1/log2(4) = 1.5; ideal = 1 + 1/log2(3) + 1/log2(4) = 2.1309297…
    expect(ndcgAt(10, ['a', 'b', 'c', 'd'], relevant)).toBeCloseTo(1.5 / (1 + 1 / Math.log2(3) + 0.5), 12);
    expect(ndcgAt(10, ['a', 'b', 'c', 'd'], relevant)).toBeCloseTo(0.703918, 6);
  });

  it('nDCG@k is 1 for the ideal order, 0 without hits or without relevant items, and only reads the first k', () => {
    expect(ndcgAt(3, ['x', 'c', 'a'], relevant)).toBe(1);
    expect(ndcgAt(10, ['b', 'd'], relevant)).toBe(0);
    expect(ndcgAt(10, ['a'], new Set())).toBe(0);
    expect(ndcgAt(1, ['b', 'a'], relevant)).toBe(0);
    // With k = 2 the ideal has two hits: one hit at rank 2 scores (1/log2 3) / (1 + 1/log2 3).
    expect(ndcgAt(2, ['b', 'a'], relevant)).toBeCloseTo(1 / Math.log2(3) / (1 + 1 / Math.log2(3)), 12);
  });

  it('coverage is the share of the catalogue shown to anyone', () => {
    expect(catalogueCoverage([['a', 'b'], ['b', 'c']], 10)).toBe(0.3);
  });

  it('intra-list similarity averages the lists’ mean pairwise cosines', () => {
    const vectors: Record<string, Float32Array> = { a: Float32Array.from([1, 0]), b: Float32Array.from([1, 0]), c: Float32Array.from([0, 1]) };
    // List 1: one pair, cosine 1. List 2: pairs (a,b)=1, (a,c)=0, (b,c)=0 → 1/3.
    expect(meanIntraListSimilarity([['a', 'b'], ['a', 'b', 'c']], (id) => vectors[id]!)).toBeCloseTo((1 + 1 / 3) / 2, 12);
  });
});
