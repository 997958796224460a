import { seededRandom } from './seededRandom.js';

export interface SyntheticFeedbackOptions {
  users: number;
  items: number;
  /** Distinct (user, item) pairs per user on average; users × this ≈ the matrix's nonzeros. */
  perUser: number;
  seed?: number;
}

/**
 * Implicit feedback with the shape ALS meets in production, for timing its training: each item belongs to one of
 * 40 taste clusters, each user has one or two favourite clusters; 80% of a user's events fall in their clusters, the
 * rest anywhere, and both picks favour popular items (a Zipf-like power of a uniform draw). Values follow §5's
 * signals: mostly completions (1–2), some watchlist adds (0.5), about 8% negatives (dismissals, −0.5).
 */
export function syntheticFeedback({ users, items, perUser, seed = 3 }: SyntheticFeedbackOptions): Array<{ userId: string; itemId: string; value: number }> {
  const random = seededRandom(seed);
  const clusters = 40;
  const byCluster: number[][] = Array.from({ length: clusters }, () => []);
  for (let i = 0; i < items; i++) byCluster[random.int(clusters)]!.push(i);
  const popular = (list: readonly number[]) => list[Math.floor(list.length * random.next() ** 2.5)]!;
  const all = Array.from({ length: items }, (_, i) => i);

  const entries: Array<{ userId: string; itemId: string; value: number }> = [];
  for (let u = 0; u < users; u++) {
    const tastes = random.next() < 0.5 ? [random.int(clusters)] : [random.int(clusters), random.int(clusters)];
    const seen = new Set<number>();
    const count = Math.max(1, Math.round(perUser * (0.5 + random.next())));
    for (let attempt = 0; seen.size < count && attempt < count * 4; attempt++) {
      const inTaste = random.next() < 0.8;
      const pool = inTaste ? byCluster[tastes[random.int(tastes.length)]!]! : all;
      if (pool.length === 0) continue;
      const item = popular(pool);
      if (seen.has(item)) continue;
      seen.add(item);
      const roll = random.next();
      const value = roll < 0.08 ? -0.5 : roll < 0.25 ? 0.5 : 1 + random.next();
      entries.push({ userId: `u${u}`, itemId: `i${item}`, value });
    }
  }
  return entries;
}
