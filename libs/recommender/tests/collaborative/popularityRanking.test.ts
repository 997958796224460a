import { describe, expect, it } from 'vitest';
import { buildFeedbackMatrix } from '../../src/collaborative/buildFeedbackMatrix.js';
import { popularityRanking } from '../../src/collaborative/popularityRanking.js';

describe('popularityRanking', () => {
  it('orders by positive users, then positive strength, then index; negatives and untouched items count for nothing', () => {
    const entries = [
      // a: 2 positive users (strength 2) and 3 negatives.
      ...['u1', 'u2'].map((userId) => ({ userId, itemId: 'a', value: 1 })),
      ...['u3', 'u4', 'u5'].map((userId) => ({ userId, itemId: 'a', value: -2 })),
      // b: 2 positive users, strength 3.
      { userId: 'u1', itemId: 'b', value: 1 },
      { userId: 'u3', itemId: 'b', value: 2 },
      // c: 3 positive users.
      ...['u1', 'u2', 'u3'].map((userId) => ({ userId, itemId: 'c', value: 0.1 })),
      // e: 2 positive users, strength 2 — ties with a, which comes first by index.
      ...['u4', 'u5'].map((userId) => ({ userId, itemId: 'e', value: 1 })),
    ];
    const matrix = buildFeedbackMatrix(entries, ['a', 'b', 'c', 'd', 'e']);
    expect([...popularityRanking(matrix)]).toEqual([2, 1, 0, 4, 3]);
  });
});
