import { describe, expect, it } from 'vitest';
import { mergeCandidates, needsPopularityFallback, withPopularityFallback } from '@media-gateway/recommender';

describe('popularity fallback', () => {
  it('is needed when every score is below 0.3, or there are no candidates', () => {
    expect(needsPopularityFallback([{ score: 0.29 }, { score: 0.1 }])).toBe(true);
    expect(needsPopularityFallback([{ score: 0.29 }, { score: 0.3 }])).toBe(false);
    expect(needsPopularityFallback([])).toBe(true);
  });

  it('keeps a strong merged list unflagged', () => {
    const merged = mergeCandidates({ collaborative: [{ index: 1, score: 1 }] });
    expect(withPopularityFallback(merged, [9, 8], 2)).toEqual({ fallback: false, candidates: merged });
  });

  it('answers the most popular unwatched titles, flagged, when only a weak source spoke', () => {
    // Content alone tops out at its weight, 0.25 < 0.3.
    const merged = mergeCandidates({ content: [{ index: 1, score: 0.9 }, { index: 2, score: 0.2 }] });
    const result = withPopularityFallback(merged, Int32Array.from([4, 3, 2, 1]), 2, { exclude: new Set([3]) });
    expect(result).toEqual({ fallback: true, candidates: [{ index: 4, score: 1, reason: 'POPULAR' }, { index: 2, score: 0.5, reason: 'POPULAR' }] });
  });
});
