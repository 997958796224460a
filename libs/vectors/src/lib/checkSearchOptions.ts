import type { FilterCondition, NumericRange, SearchOptions, VectorFilter } from '../VectorIndex.js';

/** Above this a caller wants a scan, not a nearest-neighbour search; both engines would also slow down sharply. */
export const MAX_LIMIT = 10_000;

export function checkSearchOptions(options: SearchOptions): { limit: number; filter: VectorFilter | undefined } {
  if (typeof options !== 'object' || options === null) throw new TypeError('search options must be an object');
  const { limit } = options;
  if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) {
    throw new TypeError(`limit must be an integer between 1 and ${MAX_LIMIT}, got ${String(limit)}`);
  }
  return { limit, filter: options.filter === undefined ? undefined : checkFilter(options.filter) };
}

/** Refuses anything outside the typed subset, so no condition silently means something else on one engine. */
export function checkFilter(filter: VectorFilter): VectorFilter {
  if (!Array.isArray(filter)) throw new TypeError('filter must be an array of conditions (all must hold)');
  return filter.map((condition: FilterCondition, i: number) => checkCondition(condition, `filter[${i}]`));
}

function checkCondition(condition: FilterCondition, name: string): FilterCondition {
  if (typeof condition !== 'object' || condition === null) throw new TypeError(`${name} must be an object`);
  const { field } = condition;
  if (typeof field !== 'string' || !/^[A-Za-z][A-Za-z0-9_]*$/.test(field)) {
    throw new TypeError(`${name}.field must be a payload key, got ${JSON.stringify(field)}`);
  }
  const kinds = (['equals', 'in', 'range'] as const).filter((kind) => kind in condition);
  if (kinds.length !== 1) throw new TypeError(`${name} must have exactly one of equals, in, range`);
  if ('equals' in condition) {
    const value = condition.equals;
    if (typeof value === 'string' || typeof value === 'boolean' || Number.isSafeInteger(value)) return { field, equals: value };
    throw new TypeError(`${name}.equals must be a string, a boolean or an integer, got ${String(value)}`);
  }
  if ('in' in condition) {
    const list = condition.in;
    const strings = Array.isArray(list) && list.every((item) => typeof item === 'string');
    const integers = Array.isArray(list) && list.every((item) => Number.isSafeInteger(item));
    if (!strings && !integers) throw new TypeError(`${name}.in must be an array of strings or an array of integers`);
    return { field, in: [...list] as string[] | number[] };
  }
  return { field, range: checkRange(condition.range, `${name}.range`) };
}

function checkRange(range: NumericRange, name: string): NumericRange {
  if (typeof range !== 'object' || range === null) throw new TypeError(`${name} must be an object`);
  const copy: NumericRange = {};
  for (const bound of ['gt', 'gte', 'lt', 'lte'] as const) {
    const value = range[bound];
    if (value === undefined) continue;
    if (typeof value !== 'number' || !Number.isFinite(value)) throw new TypeError(`${name}.${bound} must be a finite number`);
    copy[bound] = value;
  }
  if (Object.keys(copy).length === 0) throw new TypeError(`${name} needs at least one of gt, gte, lt, lte`);
  return copy;
}
