/** Quotes a Postgres identifier (schema, table) the way `quote_ident` does for names that need it. */
export function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
