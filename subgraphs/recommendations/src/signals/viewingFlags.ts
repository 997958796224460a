import type { Interaction } from '@media-gateway/recommender';
import { profileKey, toInteraction, type InteractionRecord } from '../store/InteractionStore.js';

/** A finished viewing counts towards a binge when it follows this many others of the same profile … */
export const BINGE_MIN_PREVIOUS = 2;
/** … each finished within this long before the next (an evening of episodes, not a week of films). */
export const BINGE_WINDOW_MS = 4 * 60 * 60 * 1000;

const finished = (record: InteractionRecord) => record.kind === 'COMPLETION' || (record.kind === 'PROGRESS' && (record.completion ?? 0) > 0.9);

/**
 * The recommender's interactions with §5's two viewing boosts derived from the log, since no event carries them:
 * - `rewatch` (+20%): viewing of a title the profile had already finished before;
 * - `binge` (+50%): a finished viewing preceded by at least two other finished viewings of the same profile, each
 *   within 4 hours of the one after it.
 * Each profile's records are read in time order (equal times keep input order); the output keeps the input order.
 */
export function withViewingFlags(records: readonly InteractionRecord[]): Interaction[] {
  const order = records.map((record, index) => ({ record, index })).sort((a, b) => a.record.at - b.record.at || a.index - b.index);
  const finishedTitles = new Map<string, Set<string>>();
  const lastFinishes = new Map<string, number[]>();
  const out: Interaction[] = new Array<Interaction>(records.length);
  for (const { record, index } of order) {
    const profile = profileKey(record.userId, record.profileId);
    const seen = finishedTitles.get(profile) ?? new Set<string>();
    const recent = lastFinishes.get(profile) ?? [];
    const interaction = toInteraction(record);
    if ((record.kind === 'COMPLETION' || record.kind === 'PROGRESS') && seen.has(record.titleId)) interaction.rewatch = true;
    if (finished(record)) {
      let chain = 0;
      let next = record.at;
      for (let i = recent.length - 1; i >= 0 && next - recent[i]! <= BINGE_WINDOW_MS; i--) {
        chain += 1;
        next = recent[i]!;
      }
      if (chain >= BINGE_MIN_PREVIOUS) interaction.binge = true;
      recent.push(record.at);
      if (recent.length > BINGE_MIN_PREVIOUS) recent.shift();
      seen.add(record.titleId);
    }
    finishedTitles.set(profile, seen);
    lastFinishes.set(profile, recent);
    out[index] = interaction;
  }
  return out;
}
