const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Whether `value` is a UUID, checked before it reaches a `@db.Uuid` column: Postgres rejects anything else with
 * an error, which must not surface as a 500 for an id a client made up.
 */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}
