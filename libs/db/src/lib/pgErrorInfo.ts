/** Postgres' message and SQLSTATE from whatever `pg` threw (a `DatabaseError`, or a plain Error for I/O problems). */
export function pgErrorInfo(error: unknown): { message: string; sqlState: string | undefined } {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    // pg's DatabaseError carries the 5-character SQLSTATE; socket errors carry codes like ECONNRESET instead.
    const sqlState = typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) ? code : undefined;
    return { message: error.message, sqlState };
  }
  return { message: String(error), sqlState: undefined };
}
