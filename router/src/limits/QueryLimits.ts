import type { FieldCost } from './fieldCosts.js';

/** The router's per-operation limits (spec §1, "Query limits"). */
export interface QueryLimits {
  /**
   * Deepest field nesting allowed; a root field is depth 1 and meta fields (`__typename`) don't count.
   * @default 7
   */
  maxDepth: number;
  /**
   * Highest estimated cost allowed: scalar 1, object 2 plus children, lists × their `first`/`limit` (else 10).
   * @default 1000
   */
  maxCost: number;
  /**
   * Most aliased fields allowed in one operation. Aliases let one request call the same resolver many times.
   * @default 15
   */
  maxAliases: number;
  /** Per-field cost overrides keyed `Type.field`. @default SPEC_FIELD_COSTS */
  fieldCosts?: Readonly<Record<string, FieldCost>>;
}

/** The spec's canonical limits: depth ≤ 7, complexity ≤ 1000. The alias cap is ours (not in the spec). */
export const DEFAULT_LIMITS: Readonly<QueryLimits> = Object.freeze({ maxDepth: 7, maxCost: 1000, maxAliases: 15 });

/**
 * Throws a `TypeError` naming the option when a limit is not a non-negative number. `Infinity` is accepted and
 * switches that limit off. Called when the plugin is created, so a bad config fails at boot, not on a request.
 */
export function assertQueryLimits(limits: QueryLimits): void {
  for (const option of ['maxDepth', 'maxCost', 'maxAliases'] as const) {
    const value: unknown = limits[option];
    if (typeof value !== 'number' || Number.isNaN(value) || value < 0) {
      throw new TypeError(`limits.${option} must be a non-negative number (or Infinity to disable it), got ${String(value)}`);
    }
  }
}
