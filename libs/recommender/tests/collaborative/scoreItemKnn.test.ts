import { describe, expect, it } from 'vitest';
import { buildItemKnn } from '../../src/collaborative/buildItemKnn.js';
import { scoreItemKnn } from '../../src/collaborative/scoreItemKnn.js';
import { threeByThree } from './support/threeByThree.js';

const model = buildItemKnn(threeByThree, { neighbors: 3, shrink: 0 });
const strong = 2 / Math.sqrt(6);

describe('scoreItemKnn', () => {
  it('scores the neighbours of the history, never the history itself', () => {
    const scores = scoreItemKnn(model, [{ itemIndex: 0, value: 1 }]);
    expect([...scores.keys()].sort()).toEqual([1, 2]);
    expect(scores.get(1)!.score).toBeCloseTo(strong, 6);
    expect(scores.get(2)!.score).toBeCloseTo(0.5, 6);
    expect(scores.get(1)!.because).toBe(0);
  });

  it('names the history item that contributed most as `because`', () => {
    // i1 gets 1·sim(i0, i1) = 0.82 from i0 and 2·sim(i2, i1) = 1.63 from i2.
    const scores = scoreItemKnn(model, [{ itemIndex: 0, value: 1 }, { itemIndex: 2, value: 2 }]);
    expect([...scores.keys()]).toEqual([1]);
    expect(scores.get(1)!.score).toBeCloseTo(3 * strong, 6);
    expect(scores.get(1)!.because).toBe(2);
    const swapped = scoreItemKnn(model, [{ itemIndex: 0, value: 3 }, { itemIndex: 2, value: 1 }]);
    expect(swapped.get(1)!.because).toBe(0);
  });

  it('lets negative feedback subtract, keeping the positive contributor as `because`', () => {
    const scores = scoreItemKnn(model, [{ itemIndex: 0, value: 1 }, { itemIndex: 2, value: -0.5 }]);
    expect(scores.get(1)!.score).toBeCloseTo(0.5 * strong, 6);
    expect(scores.get(1)!.because).toBe(0);
  });

  it('rejects bad history entries', () => {
    expect(() => scoreItemKnn(model, [{ itemIndex: 3, value: 1 }])).toThrow(new RangeError("itemIndex 3 is outside the model's 3 items"));
    expect(() => scoreItemKnn(model, [{ itemIndex: 0, value: Number.NaN }])).toThrow(expect.objectContaining({ code: 'INVALID_FEEDBACK' }));
  });
});
