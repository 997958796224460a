import type { InteractionKind } from '@media-gateway/recommender';

/** The metrics an experiment counts conversions by (§5 A/B). */
export const CONVERSION_METRICS = ['watch_completion', 'watchlist_add'] as const;
export type ConversionMetric = (typeof CONVERSION_METRICS)[number];

/** A share watched above this completes a title for the `watch_completion` metric (§5: completion > 90%). */
export const COMPLETION_CONVERSION_SHARE = 0.9;

/**
 * The metric an interaction converts on, or null: finishing a title (> 90%) is `watch_completion`, adding it to the
 * watchlist is `watchlist_add`; everything else (a rating, a dismissal, a short watch) converts nothing.
 */
export function conversionMetric(interaction: { kind: InteractionKind; completion?: number | null }): ConversionMetric | null {
  if (interaction.kind === 'WATCHLIST_ADD') return 'watchlist_add';
  if (interaction.kind === 'COMPLETION') return 'watch_completion';
  if (interaction.kind === 'PROGRESS' && (interaction.completion ?? 0) > COMPLETION_CONVERSION_SHARE) return 'watch_completion';
  return null;
}

/** An exposure as conversions are matched against it. */
export interface ExposureForMatching {
  experimentName: string;
  variant: string;
  exposedAt: number;
  recommended: readonly string[];
}

/**
 * The exposures an interaction converts: it must come after the exposure, and be with a title that was recommended
 * to the profile under it — a completion of something the list never showed says nothing about the variant.
 */
export function matchConversions<E extends ExposureForMatching>(exposures: readonly E[], titleId: string, at: number): E[] {
  return exposures.filter((exposure) => exposure.exposedAt <= at && exposure.recommended.includes(titleId));
}
