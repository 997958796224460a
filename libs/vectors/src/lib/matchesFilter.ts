import type { FilterCondition, NumericRange, Payload, VectorFilter } from '../VectorIndex.js';

/**
 * The in-process meaning of a filter, written to agree with Qdrant's (`toQdrantFilter`): a missing field never
 * matches, and on a `string[]` field `equals` / `in` match when any element does.
 */
export function matchesFilter(payload: Payload, filter: VectorFilter): boolean {
  return filter.every((condition) => matchesCondition(payload, condition));
}

function matchesCondition(payload: Payload, condition: FilterCondition): boolean {
  const value = payload[condition.field];
  if (value === undefined) return false;
  const values: readonly (string | number | boolean)[] = Array.isArray(value) ? value : [value];
  if ('equals' in condition) return values.some((item) => item === condition.equals);
  if ('in' in condition) {
    const allowed: readonly (string | number)[] = condition.in;
    return values.some((item) => typeof item !== 'boolean' && allowed.includes(item));
  }
  return typeof value === 'number' && inRange(value, condition.range);
}

function inRange(value: number, range: NumericRange): boolean {
  return (
    (range.gt === undefined || value > range.gt) &&
    (range.gte === undefined || value >= range.gte) &&
    (range.lt === undefined || value < range.lt) &&
    (range.lte === undefined || value <= range.lte)
  );
}
