// A seeded random stream for the simulation, so the same seed gives the same users, interactions and figures.

import { mulberry32 } from '@media-gateway/recommender';

/** The library's mulberry32 with the draws the simulation needs (good enough for simulation, not for secrets). */
export function createRandom(seed: number): Random {
  const next = mulberry32(seed);
  return {
    next,
    int: (below) => Math.floor(next() * below),
    chance: (p) => next() < p,
    between: (low, high) => low + (high - low) * next(),
    normal: () => {
      // Box–Muller; 1 − u keeps the log finite.
      const u = 1 - next();
      return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * next());
    },
    gumbel: () => -Math.log(-Math.log(1 - next() * (1 - 1e-12))),
    pick: <T>(values: readonly T[]) => values[Math.floor(next() * values.length)]!,
    weighted: (weights) => {
      let total = 0;
      for (let i = 0; i < weights.length; i++) total += weights[i]!;
      let target = next() * total;
      for (let i = 0; i < weights.length; i++) {
        target -= weights[i]!;
        if (target < 0) return i;
      }
      return weights.length - 1;
    },
  };
}

export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [0, below). */
  int(below: number): number;
  chance(p: number): boolean;
  between(low: number, high: number): number;
  /** Standard normal. */
  normal(): number;
  /** Standard Gumbel: adding it to log-weights and taking the top n samples n items without replacement. */
  gumbel(): number;
  pick<T>(values: readonly T[]): T;
  /** An index drawn with probability proportional to its weight. */
  weighted(weights: ArrayLike<number>): number;
}

/** A stable 32-bit hash of a string (FNV-1a), for per-item attributes that must not depend on iteration order. */
export function hashString(value: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) {
    hash ^= value.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
