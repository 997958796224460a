import type pg from 'pg';

/**
 * The advisory lock key `prisma migrate` takes (prisma-engines `flavour/postgres.rs`, `acquire_lock`), so our
 * migrator and Prisma's exclude each other too.
 */
export const PRISMA_MIGRATE_LOCK_KEY = 72707369;

/**
 * Waits for the session-level advisory lock, at most `timeoutMs` (Prisma waits 10 s). The wait runs inside a
 * transaction only so that `SET LOCAL lock_timeout` ends with it; the session lock itself survives the COMMIT.
 * Rejects with the driver's error (SQLSTATE 55P03 on timeout).
 */
export async function acquireMigrationLock(client: pg.ClientBase, timeoutMs: number): Promise<void> {
  await client.query('BEGIN');
  try {
    await client.query(`SET LOCAL lock_timeout = '${Math.max(1, Math.floor(timeoutMs))}ms'`);
    await client.query(`SELECT pg_advisory_lock(${PRISMA_MIGRATE_LOCK_KEY})`);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

/**
 * Releases the lock explicitly. On a real server closing the connection would do it, but embedded PGlite keeps one
 * session for every connection, where a lock left behind would block the next migration forever.
 */
export async function releaseMigrationLock(client: pg.ClientBase): Promise<void> {
  await client.query(`SELECT pg_advisory_unlock(${PRISMA_MIGRATE_LOCK_KEY})`);
}
