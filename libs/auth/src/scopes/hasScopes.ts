/**
 * Apollo Federation `@requiresScopes` semantics: `required` is a list of alternatives (OR), each a list of scopes
 * that must all be granted (AND). `[['read:watchlist'], ['admin:users', 'admin:system']]` passes for a caller with
 * `read:watchlist`, or with both admin scopes.
 *
 * Edge cases follow the logic rather than convenience, so a mistake fails closed: no alternatives (`[]`) is an OR of
 * nothing and never passes; an empty alternative (`[[]]`) is an AND of nothing and always passes. Call this only for
 * fields that carry `@requiresScopes`.
 */
export function hasScopes(granted: readonly string[], required: readonly (readonly string[])[]): boolean {
  const held = new Set(granted);
  return required.some((alternative) => alternative.every((scope) => held.has(scope)));
}
