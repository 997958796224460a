/**
 * What every `parseX` in this package returns: the validated value, or every problem found. The unused field is
 * typed `?: undefined` so `if (result.problems)` and `if (result.ok)` both narrow (Apollo `compose.ts` style).
 */
export type Parsed<T> = { ok: true; value: T; problems?: undefined } | { ok: false; problems: string[]; value?: undefined };

/** Builds a `Parsed` from collected problems: the value only counts when nothing was wrong. */
export function parsed<T>(problems: readonly string[], value: T): Parsed<T> {
  return problems.length > 0 ? { ok: false, problems: [...problems] } : { ok: true, value };
}
