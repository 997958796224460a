// Time-based split: train on everything before a date, test on what happens after it (issue 7 quality bar).
import { aggregateFeedback, type Interaction } from '@media-gateway/recommender';

export interface TimeSplit {
  /** Epoch ms: interactions at or after it are in `test`. */
  splitAt: number;
  train: Interaction[];
  test: Interaction[];
}

/** The split date is the `quantile` of all interaction times, so `test` holds about (1 − quantile) of the events. */
export function splitByTime(interactions: readonly Interaction[], quantile: number): TimeSplit {
  if (!(quantile > 0 && quantile < 1)) throw new TypeError(`quantile must be in (0, 1), got ${quantile}`);
  const times = Float64Array.from(interactions, (i) => i.at).sort();
  const splitAt = times[Math.floor(times.length * quantile)] ?? 0;
  return { splitAt, train: interactions.filter((i) => i.at < splitAt), test: interactions.filter((i) => i.at >= splitAt) };
}

/** A later interaction counts as relevant when the pair's test-period feedback is at least this: finished or rated 4+. */
export const RELEVANT_VALUE = 0.5;

/**
 * Per user, the titles they liked after the split (`RELEVANT_VALUE`) and had not touched before it: the ground truth a
 * top-10 is scored against. Titles seen in training are never recommended, so they cannot be relevant either.
 */
export function relevantAfterSplit(split: TimeSplit): Map<string, Set<string>> {
  const seen = new Set(split.train.map((i) => `${i.userId}\u0000${i.itemId}`));
  const relevant = new Map<string, Set<string>>();
  for (const { userId, itemId, value } of aggregateFeedback(split.test)) {
    if (value < RELEVANT_VALUE || seen.has(`${userId}\u0000${itemId}`)) continue;
    const set = relevant.get(userId) ?? new Set<string>();
    set.add(itemId);
    relevant.set(userId, set);
  }
  return relevant;
}
