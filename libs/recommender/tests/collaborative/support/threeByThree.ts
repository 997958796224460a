import { buildFeedbackMatrix } from '../../../src/collaborative/buildFeedbackMatrix.js';

/**
 * Three users × three items. Positive consumers: i0 {u0, u1}, i1 {u0, u1, u2}, i2 {u1, u2}; u2's −1 on i0 is not
 * consumption. Co-consumption: (i0, i1) 2, (i0, i2) 1, (i1, i2) 2.
 */
export const threeByThree = buildFeedbackMatrix([
  { userId: 'u0', itemId: 'i0', value: 1 },
  { userId: 'u0', itemId: 'i1', value: 1 },
  { userId: 'u1', itemId: 'i0', value: 1 },
  { userId: 'u1', itemId: 'i1', value: 2 },
  { userId: 'u1', itemId: 'i2', value: 1 },
  { userId: 'u2', itemId: 'i0', value: -1 },
  { userId: 'u2', itemId: 'i1', value: 1 },
  { userId: 'u2', itemId: 'i2', value: 1 },
]);
