// Schema names are interpolated into SQL (identifiers can't be bound as parameters), so only plain lower-case
// identifiers are accepted, the way every subgraph's schema is named.
const IDENTIFIER = /^[a-z_][a-z0-9_]{0,62}$/;

/** `"<schema>"."<table>"` for SQL, after checking `schema` is a plain identifier (the owning subgraph's schema). */
export function schemaTable(schema: string, table: string, owner: string): string {
  if (typeof schema !== 'string' || !IDENTIFIER.test(schema)) {
    throw new TypeError(`${owner}: \`schema\` must be a lower-case Postgres identifier (the owning subgraph's schema), got ${JSON.stringify(schema)}`);
  }
  return `"${schema}"."${table}"`;
}

/** `"<schema>"."outbox_event"` for SQL, after checking `schema` is a plain identifier. */
export function outboxTable(schema: string, owner: string): string {
  return schemaTable(schema, 'outbox_event', owner);
}
