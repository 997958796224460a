/**
 * Rows as one JSON parameter for `jsonb_to_recordset`, with what Postgres' jsonb refuses taken out of every string:
 * NUL (`\u0000` cannot be converted to text) and lone surrogates (invalid Unicode escapes), replaced by U+FFFD.
 */
export function jsonParam(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    typeof v === 'string' ? v.replaceAll('\0', '\uFFFD').replace(/\p{Cs}/gu, '\uFFFD') : v,
  );
}
