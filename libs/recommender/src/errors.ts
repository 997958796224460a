/**
 * The closed set of codes a `RecommenderError` carries: bad input (vectors and matrices whose shapes don't line up,
 * use after close). Caller misuse of an option (a `k` that is not a positive integer) is a `TypeError` naming the
 * option instead. New codes are appended here with the version they arrived in; removed ones move to
 * `REMOVED_RECOMMENDER_ERRORS` with the reason.
 */
export const RECOMMENDER_ERRORS = {
  DIMENSION_MISMATCH: { description: 'A vector or matrix does not have the dimensions the model expects (a user vector of the wrong length, an item matrix that is not N × dims).', addedIn: '0.1.0' },
  EMPTY_ITEM_MATRIX: { description: 'An item matrix with no items: there is nothing to score (cold start goes through the popularity fallback instead).', addedIn: '0.1.0' },
  SCORER_CLOSED: { description: 'The scorer was closed; its ONNX Runtime session is released.', addedIn: '0.1.0' },
  INVALID_FEEDBACK: { description: 'A feedback entry is unusable: its value is not a finite number (NaN, ±Infinity), or its user or item id is not a non-empty string.', addedIn: '0.1.0' },
  UNKNOWN_ITEM: { description: 'A feedback entry names an item that is not in the item list the matrix was asked to use.', addedIn: '0.1.0' },
  INVALID_INTERACTION: { description: 'An interaction cannot be weighted: an empty user or item id, an unknown kind, a non-finite `at`, a completion outside [0, 1] (or missing on PROGRESS), a rating outside 1..5 (or missing on RATING). The message lists every problem.', addedIn: '0.1.0' },
  INVALID_EXPERIMENT: { description: 'A RUNNING experiment asked to assign a variant has an invalid definition (see `validateExperiment`); the message lists the problems.', addedIn: '0.1.0' },
} as const satisfies Record<string, { description: string; addedIn: string }>;

export const REMOVED_RECOMMENDER_ERRORS: Readonly<Record<string, { removedIn: string; reason: string }>> = Object.freeze({});

export type RecommenderErrorCode = keyof typeof RECOMMENDER_ERRORS;

/** Input the recommender cannot work with; `code` says which kind. */
export class RecommenderError extends Error {
  override readonly name = 'RecommenderError';
  constructor(
    readonly code: RecommenderErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
