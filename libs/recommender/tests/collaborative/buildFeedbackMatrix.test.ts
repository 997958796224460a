import { describe, expect, it } from 'vitest';
import { buildFeedbackMatrix } from '../../src/collaborative/buildFeedbackMatrix.js';
import { RecommenderError } from '../../src/errors.js';

describe('buildFeedbackMatrix', () => {
  it('builds CSR rows with sorted columns and sums repeated pairs', () => {
    const matrix = buildFeedbackMatrix([
      { userId: 'u1', itemId: 'b', value: 1 },
      { userId: 'u2', itemId: 'a', value: 2 },
      { userId: 'u1', itemId: 'a', value: -0.5 },
      { userId: 'u1', itemId: 'b', value: 0.25 },
      { userId: 'u2', itemId: 'a', value: -2 },
    ]);
    expect(matrix.userIds).toEqual(['u1', 'u2']);
    expect(matrix.itemIds).toEqual(['b', 'a']);
    expect([...matrix.rowPtr]).toEqual([0, 2, 3]);
    expect([...matrix.colIdx]).toEqual([0, 1, 1]);
    expect([...matrix.values]).toEqual([1.25, -0.5, 0]);
  });

  it('follows the given item order, keeps items nobody touched, and rejects other items', () => {
    const matrix = buildFeedbackMatrix([{ userId: 'u', itemId: 'z', value: 3 }], ['x', 'y', 'z']);
    expect(matrix.itemIds).toEqual(['x', 'y', 'z']);
    expect([...matrix.colIdx]).toEqual([2]);
    const unknown = (): unknown => buildFeedbackMatrix([{ userId: 'u', itemId: 'w', value: 1 }], ['x']);
    expect(unknown).toThrow(RecommenderError);
    expect(unknown).toThrow(expect.objectContaining({ code: 'UNKNOWN_ITEM', message: 'feedback for user "u" names item "w", which is not in itemIds' }));
    expect(() => buildFeedbackMatrix([], ['x', 'x'])).toThrow(new TypeError('itemIds lists "x" twice'));
  });

  it('rejects NaN, infinite values and empty ids with INVALID_FEEDBACK', () => {
    const build = (value: number, userId = 'u'): unknown => buildFeedbackMatrix([{ userId, itemId: 'i', value }]);
    expect(() => build(Number.NaN)).toThrow(expect.objectContaining({ name: 'RecommenderError', code: 'INVALID_FEEDBACK', message: 'feedback for user "u" on item "i" is not a finite number: NaN' }));
    expect(() => build(Number.POSITIVE_INFINITY)).toThrow(expect.objectContaining({ code: 'INVALID_FEEDBACK' }));
    expect(() => build(1, '')).toThrow(expect.objectContaining({ code: 'INVALID_FEEDBACK' }));
  });

  it('is empty for no entries', () => {
    const matrix = buildFeedbackMatrix([]);
    expect(matrix.userIds).toEqual([]);
    expect([...matrix.rowPtr]).toEqual([0]);
    expect(matrix.values.length).toBe(0);
  });
});
