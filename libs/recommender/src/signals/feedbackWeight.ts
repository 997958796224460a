import { RecommenderError } from '../errors.js';
import type { Interaction } from './Interaction.js';
import { interactionProblems } from './interactionProblems.js';

/** The constants of the `feedbackWeight` table, for callers that explain a weight. */
export const FEEDBACK_WEIGHTS = Object.freeze({
  completed: 1,
  /** Completion above this counts as finished (§5: > 90%). */
  completedAbove: 0.9,
  /** Completion below this counts as abandoned (§5: < 30%). */
  abandonedBelow: 0.3,
  /** A partial view is worth this share of its completion. */
  partialPerCompletion: 0.5,
  abandoned: -0.5,
  dismissal: -1,
  watchlistAdd: 0.3,
  watchlistRemove: -0.2,
  bingeBoost: 1.5,
  rewatchBoost: 1.2,
});

/**
 * The §5 implicit-feedback table. A weight is a signed preference strength `r`: ALS turns it into confidence
 * `1 + α·|r|` with preference 1 for r > 0 and 0 for r < 0.
 *
 * | interaction                     | weight                         | why                                              |
 * |---------------------------------|--------------------------------|--------------------------------------------------|
 * | COMPLETION, PROGRESS > 0.9      | +1.0                           | §5: completion > 90% is a positive               |
 * | PROGRESS 0.3 … 0.9              | +0.5 × completion (0.15…0.45)  | watched a fair part: a weak positive, growing    |
 * | PROGRESS < 0.3                  | −0.5                           | §5: abandoned early is a negative                |
 * |   … positive and `binge`        | × 1.5                          | §5: binge +50%                                   |
 * |   … positive and `rewatch`      | × 1.2                          | §5: rewatch +20%; both together: up to 1.8       |
 * | DISMISSAL                       | −1.0                           | the user said "not interested"                   |
 * | RATING 1 … 5                    | (rating − 3) / 2, i.e. −1 … +1 | explicit, so as strong as the strongest implicit |
 * |                                 |                                | signal, and it dominates in `aggregateFeedback`  |
 * | WATCHLIST_ADD                   | +0.3                           | intent, weaker than having watched               |
 * | WATCHLIST_REMOVE                | −0.2                           | weak negative (ignored once watched; see below)  |
 *
 * Boosts only scale positive viewing: an abandoned binge is no stronger a dislike than any other abandon.
 * Whether a removal is overruled by viewing is a question of the sequence, answered by `aggregateFeedback`.
 *
 * Throws `RecommenderError` `INVALID_INTERACTION` listing every problem (completion outside [0, 1], rating outside
 * 1..5, a non-finite `at`, …).
 */
export function feedbackWeight(interaction: Interaction): number {
  const problems = interactionProblems(interaction);
  if (problems.length > 0) throw new RecommenderError('INVALID_INTERACTION', `invalid interaction: ${problems.join('; ')}`);
  switch (interaction.kind) {
    case 'COMPLETION':
      return boosted(FEEDBACK_WEIGHTS.completed, interaction);
    case 'PROGRESS':
      return viewingWeight(interaction.completion!, interaction);
    case 'DISMISSAL':
      return FEEDBACK_WEIGHTS.dismissal;
    case 'RATING':
      return (interaction.rating! - 3) / 2;
    case 'WATCHLIST_ADD':
      return FEEDBACK_WEIGHTS.watchlistAdd;
    case 'WATCHLIST_REMOVE':
      return FEEDBACK_WEIGHTS.watchlistRemove;
  }
}

function viewingWeight(completion: number, interaction: Interaction): number {
  if (completion > FEEDBACK_WEIGHTS.completedAbove) return boosted(FEEDBACK_WEIGHTS.completed, interaction);
  if (completion < FEEDBACK_WEIGHTS.abandonedBelow) return FEEDBACK_WEIGHTS.abandoned;
  return boosted(FEEDBACK_WEIGHTS.partialPerCompletion * completion, interaction);
}

function boosted(weight: number, interaction: Interaction): number {
  return weight * (interaction.binge === true ? FEEDBACK_WEIGHTS.bingeBoost : 1) * (interaction.rewatch === true ? FEEDBACK_WEIGHTS.rewatchBoost : 1);
}
