import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { checkDatabase } from '@media-gateway/db';
import { ADMIN_URL, NO_SERVER } from './support/testDatabase.js';

describe.skipIf(NO_SERVER)('checkDatabase', () => {
  it('reports a reachable database as ready, with the round-trip time', async () => {
    const pool = new pg.Pool({ connectionString: ADMIN_URL, max: 1 });
    try {
      const check = await checkDatabase(pool);
      expect(check).toEqual({ ok: true, latencyMs: expect.any(Number) });
      expect(check.latencyMs).toBeGreaterThanOrEqual(0);
    } finally {
      await pool.end();
    }
  });

  it('reports an unreachable database with the reason instead of throwing', async () => {
    const pool = new pg.Pool({ connectionString: 'postgresql://postgres@127.0.0.1:1/postgres', max: 1 });
    try {
      expect(await checkDatabase(pool)).toEqual({ ok: false, latencyMs: expect.any(Number), error: expect.stringContaining('ECONNREFUSED') });
    } finally {
      await pool.end();
    }
  });

  it('gives up after the timeout when the database does not answer', async () => {
    const hung = { query: () => new Promise<never>(() => undefined) };

    const check = await checkDatabase(hung, { timeoutMs: 50 });

    expect(check).toEqual({ ok: false, latencyMs: expect.any(Number), error: 'no answer within 50 ms' });
    expect(check.latencyMs).toBeGreaterThanOrEqual(45);
  });
});
