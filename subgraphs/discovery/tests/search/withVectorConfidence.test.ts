import { describe, expect, it } from 'vitest';
import { DEFAULT_RANKING_CONFIG } from '../../src/ranking/RankingConfig.js';
import { withVectorConfidence } from '../../src/search/SearchEngine.js';

const lists = (...retrievers: string[]) => retrievers.map((retriever) => ({ retriever, items: [] }));
const sum = (w: Record<string, number>) => Object.values(w).reduce((a, b) => a + b, 0);

describe('withVectorConfidence', () => {
  it('keeps the configured weights when the best vector match is confident', () => {
    expect(withVectorConfidence(DEFAULT_RANKING_CONFIG, 0.5, lists('vector', 'keyword'))).toBe(DEFAULT_RANKING_CONFIG);
    expect(withVectorConfidence(DEFAULT_RANKING_CONFIG, 0.9, lists('vector', 'keyword'))).toBe(DEFAULT_RANKING_CONFIG);
  });

  it('moves the unsure share of the vector weight to keyword, keeping the sum at 1', () => {
    const config = withVectorConfidence(DEFAULT_RANKING_CONFIG, 0.2, lists('vector', 'keyword', 'graph'));
    expect(config.weights.vector).toBeCloseTo(0.35 * 0.4);
    expect(config.weights.keyword).toBeCloseTo(0.2 + 0.35 * 0.6);
    expect(config.weights.graph).toBe(0.3);
    expect(sum({ ...config.weights })).toBeCloseTo(1);
  });

  it('gives it to graph when keyword did not run, and changes nothing when neither did', () => {
    const config = withVectorConfidence(DEFAULT_RANKING_CONFIG, 0, lists('vector', 'graph'));
    expect(config.weights.vector).toBe(0);
    expect(config.weights.graph).toBeCloseTo(0.65);
    expect(withVectorConfidence(DEFAULT_RANKING_CONFIG, 0, lists('vector'))).toBe(DEFAULT_RANKING_CONFIG);
  });
});
