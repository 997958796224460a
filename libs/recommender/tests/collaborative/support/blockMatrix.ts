import { buildFeedbackMatrix } from '../../../src/collaborative/buildFeedbackMatrix.js';
import type { FeedbackMatrix } from '../../../src/collaborative/FeedbackMatrix.js';

/**
 * Two groups with disjoint tastes: users 0–3 watch items 0–3, users 4–7 items 4–7, and user `u` skips one item of
 * its group (item `u`), so every user has exactly one unseen item that its group loves. `extra` adds entries.
 */
export function blockMatrix(extra: ReadonlyArray<{ user: number; item: number; value: number }> = []): FeedbackMatrix {
  const entries: Array<{ userId: string; itemId: string; value: number }> = [];
  for (let u = 0; u < 8; u++) {
    const group = u < 4 ? 0 : 4;
    for (let i = group; i < group + 4; i++) if (i !== u) entries.push({ userId: `u${u}`, itemId: `i${i}`, value: 1 });
  }
  for (const { user, item, value } of extra) entries.push({ userId: `u${user}`, itemId: `i${item}`, value });
  return buildFeedbackMatrix(entries, Array.from({ length: 8 }, (_, i) => `i${i}`));
}

/** `xᵤᵀyᵢ` for a factor row and an item. */
export function score(user: Float32Array, itemFactors: Float32Array, item: number, f: number): number {
  let sum = 0;
  for (let d = 0; d < f; d++) sum += user[d]! * itemFactors[item * f + d]!;
  return sum;
}

export function userRow(userFactors: Float32Array, user: number, f: number): Float32Array {
  return userFactors.subarray(user * f, (user + 1) * f);
}
