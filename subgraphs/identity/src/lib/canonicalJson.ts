/** A value JSON can carry faithfully; what audit `details` may hold. */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue | undefined };

/**
 * A deterministic JSON serialisation: object keys sorted by code unit, no whitespace, `undefined` members left out
 * (as `JSON.stringify` does), Dates as ISO-8601 strings. Used for hashing, where the same value must always give
 * the same bytes: audit `details` round-trips through Postgres `jsonb`, which reorders keys, so plain
 * `JSON.stringify` would break the hash chain on the first read-back.
 *
 * Values JSON cannot carry faithfully (NaN, Infinity, bigint, functions, symbols, class instances) are a
 * programming error and throw a TypeError instead of being coerced silently.
 */
export function canonicalJson(value: unknown): string {
  return serialize(value, '$');
}

function serialize(value: unknown, path: string): string {
  if (value === null) return 'null';
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new TypeError(`${path} is an invalid Date`);
    return JSON.stringify(value.toISOString());
  }
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError(`${path} is ${value}, which JSON cannot represent`);
      return JSON.stringify(value);
    case 'object': {
      if (Array.isArray(value)) return `[${value.map((item, i) => serialize(item ?? null, `${path}[${i}]`)).join(',')}]`;
      const proto: unknown = Object.getPrototypeOf(value);
      if (proto !== Object.prototype && proto !== null) throw new TypeError(`${path} is not a plain object`);
      const record = value as Record<string, unknown>;
      const members = Object.keys(record)
        .filter((key) => record[key] !== undefined)
        .sort()
        .map((key) => `${JSON.stringify(key)}:${serialize(record[key], `${path}.${key}`)}`);
      return `{${members.join(',')}}`;
    }
    default:
      throw new TypeError(`${path} is a ${typeof value}, which JSON cannot represent`);
  }
}
