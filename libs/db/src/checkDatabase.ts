/** Anything that runs SQL the pg way: a `pg.Pool`, a `pg.Client`, `DbClient.pool`. */
export interface Queryable {
  query(text: string): Promise<unknown>;
}

export interface DatabaseCheck {
  ok: boolean;
  /** Time for a `SELECT 1` round trip, or until it failed or timed out. */
  latencyMs: number;
  /** Why the check failed; absent when it passed. */
  error?: string;
}

/**
 * Readiness probe: one `SELECT 1`. It never throws and never hangs past `timeoutMs` (a pool whose connections are
 * all busy, or a server that stopped answering, would otherwise hold the probe forever).
 */
export async function checkDatabase(pool: Queryable, options: { timeoutMs?: number } = {}): Promise<DatabaseCheck> {
  const timeoutMs = options.timeoutMs ?? 2_000;
  const startedAt = performance.now();
  const elapsed = (): number => Math.round((performance.now() - startedAt) * 100) / 100;
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      pool.query('SELECT 1'),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
      }),
    ]);
    return { ok: true, latencyMs: elapsed() };
  } catch (error) {
    return { ok: false, latencyMs: elapsed(), error: error instanceof Error ? error.message : String(error) };
  } finally {
    clearTimeout(timer);
  }
}
