import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DEFAULT_HYBRID_WEIGHTS, mergeCandidates } from '@media-gateway/recommender';

describe('mergeCandidates', () => {
  it('min-max normalises each source and sums with the §5 weights (worked example)', () => {
    const merged = mergeCandidates({
      collaborative: [{ index: 1, score: 4 }, { index: 2, score: 2 }, { index: 3, score: 3 }],
      graph: [{ index: 2, score: 3, because: 9, relation: 'DIRECTOR' }],
    });
    // collaborative → {1: 1, 3: 0.5, 2: 0}; graph's single candidate → 1.
    expect(merged.map((m) => [m.index, m.score])).toEqual([
      [1, 0.35],
      [2, expect.closeTo(0.3, 9)],
      [3, expect.closeTo(0.175, 9)],
    ]);
  });

  it('keeps provenance: every source, its normalised and raw score, and the strongest `because`', () => {
    const merged = mergeCandidates({
      collaborative: [{ index: 5, score: 10, because: 1, relation: 'CO_WATCHED' }, { index: 6, score: 0 }],
      content: [{ index: 5, score: 0.9 }, { index: 6, score: 0.1 }],
      graph: [{ index: 5, score: 2, because: 2, relation: 'CAST' }, { index: 6, score: 1 }],
    });
    expect(merged[0]).toEqual({
      index: 5,
      score: expect.closeTo(0.35 + 0.25 + 0.3, 9),
      sources: [
        { source: 'collaborative', score: 1, raw: 10 },
        { source: 'graph', score: 1, raw: 2 },
        { source: 'content', score: 1, raw: 0.9 },
      ],
      because: { index: 1, source: 'collaborative', relation: 'CO_WATCHED' },
    });
    expect(merged[1]).toMatchObject({ index: 6, score: 0 });
    expect(merged[1]!.because).toBeUndefined();
  });

  it('follows the weights: the same lists rank differently under other weights', () => {
    const sources = { collaborative: [{ index: 1, score: 1 }, { index: 2, score: 0 }], content: [{ index: 2, score: 1 }, { index: 1, score: 0 }] };
    expect(mergeCandidates(sources)[0]!.index).toBe(1);
    expect(mergeCandidates(sources, { collaborative: 0.2, content: 0.6, graph: 0.1, context: 0.1 })[0]!.index).toBe(2);
  });

  it('removes excluded items before normalising, so the best remaining candidate of a source scores 1', () => {
    const merged = mergeCandidates({ content: [{ index: 1, score: 0.9 }, { index: 2, score: 0.5 }, { index: 3, score: 0.1 }] }, DEFAULT_HYBRID_WEIGHTS, { exclude: new Set([1]) });
    expect(merged.map((m) => [m.index, m.score])).toEqual([[2, 0.25], [3, 0]]);
  });

  it('treats a source whose scores are all equal as all at the top, and keeps an item’s best score within a source', () => {
    const merged = mergeCandidates({ context: [{ index: 1, score: 3 }, { index: 2, score: 3 }, { index: 1, score: 1 }] });
    expect(merged.map((m) => [m.index, m.score])).toEqual([[1, 0.1], [2, 0.1]]);
  });

  it('stays in [0, 1] with weights summing to 1 and is sorted best first (property)', () => {
    const list = fc.array(fc.record({ index: fc.integer({ min: 0, max: 20 }), score: fc.double({ min: -100, max: 100, noNaN: true }) }), { maxLength: 15 });
    fc.assert(
      fc.property(list, list, list, list, (collaborative, content, graph, context) => {
        const merged = mergeCandidates({ collaborative, content, graph, context });
        for (const m of merged) {
          expect(m.score).toBeGreaterThanOrEqual(0);
          expect(m.score).toBeLessThanOrEqual(1 + 1e-9);
        }
        for (let i = 1; i < merged.length; i++) expect(merged[i - 1]!.score).toBeGreaterThanOrEqual(merged[i]!.score);
        expect(new Set(merged.map((m) => m.index)).size).toBe(merged.length);
      }),
    );
  });

  it('rejects a negative weight and a non-finite score, naming them', () => {
    expect(() => mergeCandidates({}, { ...DEFAULT_HYBRID_WEIGHTS, graph: -1 })).toThrow(new TypeError('weights.graph must be a finite number ≥ 0, got -1'));
    expect(() => mergeCandidates({ content: [{ index: 4, score: Number.NaN }] })).toThrow(new TypeError('content candidate 4 has a non-finite score NaN'));
  });
});
