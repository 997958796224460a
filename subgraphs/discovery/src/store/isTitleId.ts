const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Catalog title ids are UUIDs (v5 of their first source record); anything else would fail the `uuid` cast in SQL. */
export function isTitleId(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}
