import { Kind, type FieldNode, type VariableDefinitionNode } from 'graphql';

/** Arguments that bound how many items a list (or a connection's `edges`/`nodes`) returns. */
export const LIST_SIZE_ARGUMENTS: ReadonlySet<string> = new Set(['first', 'last', 'limit']);

/**
 * The spec's "list ×10" (§1): what a list is assumed to hold when the request does not say. Deliberately
 * pessimistic, so an unbounded list costs more than a paged one and clients are nudged to pass `first`.
 */
export const DEFAULT_LIST_SIZE = 10;

/**
 * GraphQL `Int` is 32-bit, so a larger value fails coercion later anyway; capping here keeps products of nested
 * sizes finite (an absurd `first: 1e308` in the variables would otherwise turn the cost into `Infinity`).
 */
const MAX_LIST_SIZE = 2 ** 31 - 1;

/**
 * The page size a field asks for through `first`, `last` or `limit`, read from a literal or from a variable
 * (the request's value, else the variable's default). Runs before execution, so values are not yet coerced:
 * anything that is not a non-negative number is ignored and the caller falls back to {@link DEFAULT_LIST_SIZE}.
 * When several are given (`first` and `last`), the larger one wins, as the worse case.
 */
export function listSize(
  field: FieldNode,
  variables: Readonly<Record<string, unknown>>,
  variableDefinitions: ReadonlyMap<string, VariableDefinitionNode>,
): number | undefined {
  let size: number | undefined;
  for (const argument of field.arguments ?? []) {
    if (!LIST_SIZE_ARGUMENTS.has(argument.name.value)) continue;
    let raw: unknown;
    if (argument.value.kind === Kind.INT) {
      raw = Number(argument.value.value);
    } else if (argument.value.kind === Kind.VARIABLE) {
      const name = argument.value.name.value;
      if (Object.hasOwn(variables, name)) {
        raw = variables[name];
      } else {
        const fallback = variableDefinitions.get(name)?.defaultValue;
        raw = fallback?.kind === Kind.INT ? Number(fallback.value) : undefined;
      }
    }
    if (typeof raw !== 'number' || !Number.isFinite(raw) || raw < 0) continue;
    size = Math.max(size ?? 0, Math.min(Math.floor(raw), MAX_LIST_SIZE));
  }
  return size;
}
