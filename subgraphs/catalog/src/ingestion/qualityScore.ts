import type { ContentType, ExternalIdRef } from './types.js';
import type { Genre } from '../title/genres.js';
import { MS_PER_DAY } from './dateOnly.js';

/** §3 quality weights; they sum to 1. */
export const QUALITY_WEIGHTS = Object.freeze({
  description: 0.15,
  poster: 0.15,
  backdrop: 0.1,
  releaseYear: 0.05,
  runtime: 0.05,
  genres: 0.1,
  imdbRating: 0.15,
  externalIds: 0.1,
  freshness: 0.15,
});

/** §3: the score decays by e^(−0.01 × days since update)… */
const DECAY_PER_DAY = 0.01;
/** …but never below half of the undecayed score. */
const DECAY_FLOOR = 0.5;

export interface QualityScoreInput {
  contentType: ContentType;
  overview: string | null;
  /** Ingestion has no images yet, so these default to false and their weight scores 0. */
  hasPoster?: boolean;
  hasBackdrop?: boolean;
  releaseYear: number | null;
  runtimeMinutes: number | null;
  genres: readonly Genre[];
  /** The IMDb-style 0–10 rating. */
  averageRating: number | null;
  externalIds: readonly ExternalIdRef[];
}

export interface QualityScoreOptions {
  now: Date;
  /** When the title's data was last refreshed from a source. */
  updatedAt: Date;
}

/**
 * §3 quality score in [0,1]: how complete and how current a title's metadata is.
 *
 * Each completeness item scores its full weight when present. Freshness is how §3 states it, a decay of the whole
 * score, `base × e^(−0.01 × days)`, floored at half the base; the freshness weight is the part of the base that
 * only a just-updated title holds in full. Worked example: a film with a description, year, runtime, genres,
 * rating and an external id has base 0.75; after 30 days it scores 0.75 × e^(−0.3) ≈ 0.556, and from day 70
 * onwards the floor holds it at 0.375.
 *
 * Series count the runtime as present: §2 keeps runtime null for series, so they should not lose points for it.
 */
export function qualityScore(title: QualityScoreInput, opts: QualityScoreOptions): number {
  const w = QUALITY_WEIGHTS;
  const base =
    (nonBlank(title.overview) ? w.description : 0) +
    (title.hasPoster ? w.poster : 0) +
    (title.hasBackdrop ? w.backdrop : 0) +
    (title.releaseYear !== null ? w.releaseYear : 0) +
    (title.runtimeMinutes !== null || title.contentType === 'SERIES' ? w.runtime : 0) +
    (title.genres.length > 0 ? w.genres : 0) +
    (title.averageRating !== null ? w.imdbRating : 0) +
    (title.externalIds.length > 0 ? w.externalIds : 0) +
    w.freshness;
  const elapsed = opts.now.getTime() - opts.updatedAt.getTime();
  if (Number.isNaN(elapsed)) throw new TypeError('now and updatedAt must be valid dates');
  // An update time in the future (clock skew between writers) counts as just updated.
  const days = Math.max(0, elapsed / MS_PER_DAY);
  const decayed = Math.max(base * Math.exp(-DECAY_PER_DAY * days), base * DECAY_FLOOR);
  return Math.min(1, Math.max(0, round4(decayed)));
}

function nonBlank(text: string | null): boolean {
  return text !== null && text.trim() !== '';
}

// Floating sums such as 0.15 + 0.1 + … drift in the last digits; four places is ample for a ranking signal.
function round4(x: number): number {
  return Math.round(x * 10_000) / 10_000;
}
