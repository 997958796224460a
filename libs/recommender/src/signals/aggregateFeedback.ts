import { RecommenderError } from '../errors.js';
import { feedbackWeight } from './feedbackWeight.js';
import type { Interaction } from './Interaction.js';
import { interactionProblems } from './interactionProblems.js';

/** Bounds of an aggregated value: a dismissal at the bottom, a binged rewatch (1.0 × 1.5 × 1.2) at the top. */
export const FEEDBACK_RANGE = Object.freeze({ min: -1, max: 1.5 * 1.2 });

/**
 * When an item is rated, the viewing signal still counts, at this share: a 5-star title the user binged ranks above
 * one they rated 5 and never finished, but a 1-star rating of a finished title stays negative (−1 + 0.5 = −0.5).
 */
export const IMPLICIT_SHARE_WHEN_RATED = 0.5;

/**
 * One signed preference value per (user, item), ready for `buildFeedbackMatrix`. Each pair's interactions are read in
 * time order (`at`; equal times keep input order) and the latest *state* decides, not the sum, because the events
 * describe one evolving state: progress reports 10% → 40% → completion mean "finished", not three opinions.
 *
 * - Implicit state, weakest evidence first: watchlist < viewing, dismissal.
 *   - PROGRESS, COMPLETION and DISMISSAL replace the state: a completion after a low-progress report wins, and so does
 *     a dismissal after watching ("not interested any more"). Exception: a `rewatch` that stops early never lowers
 *     the state — having finished the title once still says the user liked it.
 *   - WATCHLIST_ADD / REMOVE only replace a state that came from the watchlist (or none). So a removal is a weak
 *     negative unless the title is watched later (viewing replaces it), and a removal after watching is housekeeping.
 * - Explicit state: the latest RATING. With a rating the value is `rating + 0.5 × implicit`, so the rating dominates.
 * - The value is clamped to [−1, 1.8] (`FEEDBACK_RANGE`). Pairs whose value is exactly 0 (e.g. only a 3-star rating)
 *   are left out: for ALS a zero is the same as no observation.
 *
 * Progress should be reported as the position reached when a session ends; a mid-session 5% report would read as an
 * abandon until the next one arrives.
 *
 * Output order is the order in which pairs first appear in the input. Throws `RecommenderError`
 * `INVALID_INTERACTION` listing every invalid interaction (by position) and its problems, before aggregating any.
 */
export function aggregateFeedback(interactions: Iterable<Interaction>): Array<{ userId: string; itemId: string; value: number }> {
  const groups = new Map<string, Interaction[]>();
  const invalid: string[] = [];
  let position = 0;
  for (const interaction of interactions) {
    const problems = interactionProblems(interaction);
    if (problems.length > 0) invalid.push(`#${position}: ${problems.join('; ')}`);
    const key = `${interaction.userId}\u0000${interaction.itemId}`;
    const group = groups.get(key);
    if (group) group.push(interaction);
    else groups.set(key, [interaction]);
    position++;
  }
  if (invalid.length > 0) {
    const listed = invalid.slice(0, MAX_LISTED).join(' | ');
    const more = invalid.length > MAX_LISTED ? ` | and ${invalid.length - MAX_LISTED} more` : '';
    throw new RecommenderError('INVALID_INTERACTION', `${invalid.length} invalid interaction(s): ${listed}${more}`);
  }

  const result: Array<{ userId: string; itemId: string; value: number }> = [];
  for (const group of groups.values()) {
    const value = pairValue(group);
    if (value !== 0) result.push({ userId: group[0]!.userId, itemId: group[0]!.itemId, value });
  }
  return result;
}

/** An error message lists this many invalid interactions, then a count. */
const MAX_LISTED = 10;

function pairValue(group: Interaction[]): number {
  // Array.prototype.sort is stable, so equal timestamps keep their input order.
  const ordered = group.length > 1 ? [...group].sort((x, y) => x.at - y.at) : group;
  let implicit: number | undefined;
  let implicitFromWatchlist = false;
  let rating: number | undefined;
  for (const interaction of ordered) {
    const weight = feedbackWeight(interaction);
    switch (interaction.kind) {
      case 'RATING':
        rating = weight;
        break;
      case 'WATCHLIST_ADD':
      case 'WATCHLIST_REMOVE':
        if (implicit === undefined || implicitFromWatchlist) {
          implicit = weight;
          implicitFromWatchlist = true;
        }
        break;
      case 'PROGRESS':
      case 'COMPLETION':
        if (interaction.rewatch === true && implicit !== undefined && !implicitFromWatchlist && weight < implicit) break;
        implicit = weight;
        implicitFromWatchlist = false;
        break;
      case 'DISMISSAL':
        implicit = weight;
        implicitFromWatchlist = false;
        break;
    }
  }
  const value = rating === undefined ? implicit! : rating + IMPLICIT_SHARE_WHEN_RATED * (implicit ?? 0);
  return Math.min(FEEDBACK_RANGE.max, Math.max(FEEDBACK_RANGE.min, value));
}
