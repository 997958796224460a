// The ceiling of the simulation: rank every unseen title by the affinity the simulation itself drew starts from.
import { seenBy, type Recommend } from './baselines.js';
import type { EvalItem } from './catalogItems.js';
import type { Training } from './prepareTraining.js';
import { plantedAffinity, type SimulatedUser } from './simulateUsers.js';

/**
 * Not a method: it reads the planted tastes (hidden styles and anime sub-genres included) that no recommender sees.
 * What it scores is roughly the most any method could score on this split: the rest is the simulation's noise
 * (which of many equally liked titles a user happened to start, and whether they liked it).
 */
export function oracleRecommender(items: readonly EvalItem[], users: ReadonlyMap<string, SimulatedUser>, training: Training): Recommend {
  const affinity = plantedAffinity(items);
  return async (userId, k) => {
    const user = users.get(userId)!;
    const seen = seenBy(training, userId);
    const top: Array<{ index: number; score: number }> = [];
    for (let index = 0; index < items.length; index++) {
      if (seen.has(index)) continue;
      const score = affinity(user, index);
      if (top.length === k && score <= top[k - 1]!.score) continue;
      top.splice(top.findIndex((t) => t.score < score) >>> 0, 0, { index, score });
      if (top.length > k) top.pop();
    }
    return top.map(({ index }) => index);
  };
}
