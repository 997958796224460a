/**
 * Which operations the router runs (issue 6, `PERSISTED_OPERATIONS`):
 * - `off`: anything; trusted operations run by id, and automatic persisted queries (APQ) register as before.
 * - `persisted-only`: only the manifest's operations; query text and APQ registration are refused.
 * - `persisted-or-authenticated-developer`: the manifest's operations for everyone, query text only for callers with
 *   an API key that holds the `explorer` scope (developers in the explorer, scripts).
 */
export const SAFELIST_MODES = ['off', 'persisted-only', 'persisted-or-authenticated-developer'] as const;

export type SafelistMode = (typeof SAFELIST_MODES)[number];
