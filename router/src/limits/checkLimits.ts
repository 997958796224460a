import type { GraphQLError } from 'graphql';
import { limitError, type LimitErrorCode } from './errors.js';
import type { OperationMeasurements } from './measureOperation.js';
import type { QueryLimits } from './QueryLimits.js';

/** One limit an operation is over. */
export interface LimitViolation {
  code: LimitErrorCode;
  error: GraphQLError;
}

/**
 * Every limit the measurements break, in the order depth, aliases, cost, so callers can report all of them or
 * raise the first. Depth and aliases come first because they describe the query's shape directly; cost is an
 * estimate derived from it.
 */
export function checkLimits(measured: OperationMeasurements, limits: QueryLimits): LimitViolation[] {
  const violations: LimitViolation[] = [];
  if (measured.depth > limits.maxDepth) {
    violations.push(violation('QUERY_TOO_DEEP', `Query depth ${measured.depth} exceeds the maximum of ${limits.maxDepth}.`, limits.maxDepth, measured.depth));
  }
  if (measured.aliases > limits.maxAliases) {
    violations.push(violation('TOO_MANY_ALIASES', `Query uses ${measured.aliases} aliases; the maximum is ${limits.maxAliases}.`, limits.maxAliases, measured.aliases));
  }
  if (measured.cost > limits.maxCost) {
    violations.push(violation('QUERY_TOO_COMPLEX', `Query cost ${measured.cost} exceeds the maximum of ${limits.maxCost}.`, limits.maxCost, measured.cost));
  }
  return violations;
}

function violation(code: LimitErrorCode, message: string, limit: number, actual: number): LimitViolation {
  return { code, error: limitError(code, message, { limit, actual }) };
}
