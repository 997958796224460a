/**
 * Prisma URLs may carry `?schema=<name>`: the schema that holds `_prisma_migrations` and that unqualified names in
 * migration.sql resolve to (Prisma sets it as the search_path). `pg` does not know the parameter, so it is taken
 * out here and handed over separately.
 *
 * @example splitSchemaParam('postgresql://u@h/db?schema=app') // { connectionString: 'postgresql://u@h/db', schema: 'app' }
 */
export function splitSchemaParam(connectionString: string): { connectionString: string; schema: string } {
  let url: URL;
  try {
    url = new URL(connectionString);
  } catch {
    // Not a URL (e.g. a libpq keyword string): nothing to split, Prisma's default applies.
    return { connectionString, schema: 'public' };
  }
  const schema = url.searchParams.get('schema');
  if (schema === null) return { connectionString, schema: 'public' };
  url.searchParams.delete('schema');
  return { connectionString: url.toString(), schema: schema === '' ? 'public' : schema };
}
