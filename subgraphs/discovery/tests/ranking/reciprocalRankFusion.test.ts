import { describe, expect, it } from 'vitest';
import { reciprocalRankFusion, type RankedList } from '@media-gateway/discovery';

const list = (retriever: string, ...ids: string[]): RankedList => ({ retriever, items: ids.map((id) => ({ id })) });

describe('reciprocalRankFusion', () => {
  it('adds 1/(k + rank + 1) per list with 0-based ranks and k = 60 (§4 step 2)', () => {
    const fused = reciprocalRankFusion([list('keyword', 'a', 'b', 'c'), list('vector', 'b', 'a', 'd')]);
    expect(fused.map((f) => f.id)).toEqual(['a', 'b', 'c', 'd']);
    const [a, b, c, d] = fused;
    // a: 1/61 + 1/62 = 0.0325224749…; b the same, ordered after a by id; c and d: 1/63 = 0.0158730158…
    expect(a?.rrf).toBeCloseTo(0.0325224749, 10);
    expect(b?.rrf).toBeCloseTo(0.0325224749, 10);
    expect(c?.rrf).toBeCloseTo(0.0158730159, 10);
    expect(d?.rrf).toBeCloseTo(0.0158730159, 10);
    expect(a?.contributions).toEqual([
      { retriever: 'keyword', rank: 0, weight: 1, contribution: 1 / 61 },
      { retriever: 'vector', rank: 1, weight: 1, contribution: 1 / 62 },
    ]);
  });

  it('ranks first-and-third above second-and-second, as the worked example says', () => {
    const fused = reciprocalRankFusion([list('x', 'a', 'b', 'c'), list('y', 'c', 'b', 'a')]);
    // a = c = 1/61 + 1/63 = 0.03226646… ; b = 2/62 = 0.03225806…
    expect(fused.map((f) => [f.id, Number(f.rrf.toFixed(7))])).toEqual([
      ['a', 0.0322665],
      ['c', 0.0322665],
      ['b', 0.0322581],
    ]);
  });

  it('weights each list by its retriever', () => {
    const fused = reciprocalRankFusion([list('vector', 'x'), list('keyword', 'y', 'z', 'w', 'v', 'x')], {
      weights: { vector: 0.35, keyword: 0.2 },
    });
    const x = fused.find((f) => f.id === 'x');
    // 0.35/61 + 0.2/65 = 0.0057377049 + 0.0030769231 = 0.0088146280
    expect(x?.rrf).toBeCloseTo(0.008814628, 9);
    expect(fused[0]?.id).toBe('x');
    expect(fused[1]?.id).toBe('y'); // 0.2/61 = 0.0032786885
  });

  it('honours another k', () => {
    const fused = reciprocalRankFusion([list('a', 'p', 'q')], { k: 0 });
    expect(fused.map((f) => f.rrf)).toEqual([1, 0.5]);
  });

  it('counts a repeated id once per list, at its best rank', () => {
    const fused = reciprocalRankFusion([list('keyword', 'a', 'b', 'a')]);
    expect(fused.find((f) => f.id === 'a')?.contributions).toEqual([{ retriever: 'keyword', rank: 0, weight: 1, contribution: 1 / 61 }]);
  });

  it('breaks ties by number of lists, then best rank, then id', () => {
    // p: rank 1 in one list = 1/62. q: rank 1 in a list with weight 0.5 and rank 1 in another with 0.5 = 1/62.
    const fused = reciprocalRankFusion(
      [list('one', 'x', 'p'), list('half1', 'y', 'q'), list('half2', 'z', 'q')],
      { weights: { one: 1, half1: 0.5, half2: 0.5 } },
    );
    const order = fused.map((f) => f.id);
    expect(order.indexOf('q')).toBeLessThan(order.indexOf('p'));
  });

  it('merges the retrievers’ reasons without repeats', () => {
    const reason = { kind: 'graph' as const, text: 'same director as Heat' };
    const fused = reciprocalRankFusion([
      { retriever: 'graph', items: [{ id: 'a', reasons: [reason] }] },
      { retriever: 'graph2', items: [{ id: 'a', reasons: [reason, { kind: 'graph', text: 'shares cast with Heat' }] }] },
    ]);
    expect(fused[0]?.reasons).toEqual([reason, { kind: 'graph', text: 'shares cast with Heat' }]);
  });

  it('answers nothing for no lists or empty lists', () => {
    expect(reciprocalRankFusion([])).toEqual([]);
    expect(reciprocalRankFusion([list('vector')])).toEqual([]);
  });

  it('rejects a bad k or weight by name', () => {
    expect(() => reciprocalRankFusion([], { k: -1 })).toThrow(new TypeError('k must be a non-negative number, got -1'));
    expect(() => reciprocalRankFusion([list('vector', 'a')], { weights: { vector: Number.NaN } })).toThrow(
      new TypeError('weights.vector must be a non-negative number, got NaN'),
    );
  });
});
