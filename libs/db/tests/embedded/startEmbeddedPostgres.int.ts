import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  EMBEDDED_POOL_MAX,
  checkDatabase,
  createPrismaClient,
  listMigrations,
  migrate,
  startEmbeddedPostgres,
} from '@media-gateway/db';
import type { EmbeddedPostgres } from '@media-gateway/db';
import { MIGRATIONS_DIR } from '../support/paths.js';

// PGlite takes a few seconds to initialise a new data folder, so the cases share one server where they can.

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'mg-embedded-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('startEmbeddedPostgres', () => {
  it('serves migrations and Prisma over the wire protocol, and keeps the data across a restart', async () => {
    const dataDir = join(root, 'persist', 'nested'); // created on demand
    const titleId = randomUUID();
    const migrationNames = (await listMigrations(MIGRATIONS_DIR)).map((m) => m.name);

    let server = await startEmbeddedPostgres({ dataDir, port: 0 });
    expect(server.connectionString).toMatch(/^postgresql:\/\/postgres@127\.0\.0\.1:\d+\/postgres$/);
    await expect(migrate({ connectionString: server.connectionString, migrationsDir: MIGRATIONS_DIR })).resolves.toEqual({
      applied: migrationNames,
      skipped: [],
    });

    let db = createPrismaClient({ connectionString: server.connectionString, poolMax: EMBEDDED_POOL_MAX });
    await db.prisma.platform.create({ data: { id: 'netflix', name: 'Netflix', regions: ['US', 'GB'] } });
    await db.prisma.title.create({
      data: {
        id: titleId,
        contentType: 'movie',
        title: 'The Matrix',
        genres: ['action', 'sci-fi'],
        releaseDate: new Date('1999-03-31'),
        offers: {
          create: {
            id: randomUUID(),
            platformId: 'netflix',
            platformTitleId: '20557937',
            availabilityType: 'subscription',
            priceAmount: '3.99',
            source: 'test',
          },
        },
      },
    });
    // An interactive transaction holds the single connection from BEGIN to ROLLBACK.
    await expect(
      db.prisma.$transaction(async (tx) => {
        await tx.platform.create({ data: { id: 'gone', name: 'Rolled back' } });
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect(await checkDatabase(db.pool)).toMatchObject({ ok: true });
    await db.dispose();
    await server.stop();

    server = await startEmbeddedPostgres({ dataDir });
    db = createPrismaClient({ connectionString: server.connectionString, poolMax: EMBEDDED_POOL_MAX });
    try {
      const title = await db.prisma.title.findUniqueOrThrow({ where: { id: titleId }, include: { offers: true } });
      expect(title).toMatchObject({ title: 'The Matrix', genres: ['action', 'sci-fi'], popularity: 0.5 });
      expect(title.releaseDate?.toISOString()).toBe('1999-03-31T00:00:00.000Z');
      expect(title.offers.map((o) => [o.platformId, o.priceAmount?.toString()])).toEqual([['netflix', '3.99']]);
      expect(await db.prisma.platform.findMany({ select: { id: true } })).toEqual([{ id: 'netflix' }]);
    } finally {
      await db.dispose();
    }
    await expect(migrate({ connectionString: server.connectionString, migrationsDir: MIGRATIONS_DIR })).resolves.toEqual({
      applied: [],
      skipped: migrationNames,
    });
    await server.stop();
    await server.stop(); // idempotent
  });

  describe('on one running server', () => {
    let server: EmbeddedPostgres;
    beforeAll(async () => {
      server = await startEmbeddedPostgres({ dataDir: join(root, 'shared') });
    });
    afterAll(async () => {
      await server?.stop();
    });

    it('has the pg_trgm extension available', async () => {
      const pool = new pg.Pool({ connectionString: server.connectionString, max: EMBEDDED_POOL_MAX });
      try {
        await pool.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
        const { rows } = await pool.query<{ close: number; far: number }>(
          `SELECT similarity('The Matrix', 'the matrx') AS close, similarity('The Matrix', 'Amelie') AS far`,
        );
        expect(rows[0]?.close).toBeGreaterThan(0.5);
        expect(rows[0]?.far).toBeLessThan(0.1);
      } finally {
        await pool.end();
      }
    });

    it('runs transactions through a pool of one and keeps serving after a failed statement', async () => {
      const pool = new pg.Pool({ connectionString: server.connectionString, max: EMBEDDED_POOL_MAX });
      try {
        await pool.query('CREATE TABLE IF NOT EXISTS tx_probe (id int PRIMARY KEY)');
        const client = await pool.connect();
        await client.query('BEGIN');
        await client.query('INSERT INTO tx_probe VALUES (1)');
        await client.query('ROLLBACK');
        await client.query('BEGIN');
        await client.query('INSERT INTO tx_probe VALUES (2)');
        await client.query('COMMIT');
        client.release();

        // pg.Pool destroys the connection a failed query ran on and reconnects at once; that must just work.
        await expect(pool.query('INSERT INTO tx_probe VALUES (2)')).rejects.toMatchObject({ code: '23505' });
        expect((await pool.query('SELECT array_agg(id) AS ids FROM tx_probe')).rows).toEqual([{ ids: [2] }]);
      } finally {
        await pool.end();
      }
    });

    it('makes a second connection wait for the first, then gives it a fresh session', async () => {
      const first = new pg.Client({ connectionString: server.connectionString });
      await first.connect();
      await first.query(`SET application_name = 'first'`);
      await first.query('SELECT pg_advisory_lock(42)');

      const second = new pg.Client({ connectionString: server.connectionString });
      const secondReady = second.connect().then(() => second.query<{ name: string; locks: string }>(
        `SELECT current_setting('application_name') AS name,
                (SELECT count(*) FROM pg_locks WHERE locktype = 'advisory') AS locks`,
      ));
      const early = await Promise.race([secondReady.then(() => 'served'), delay(300).then(() => 'waiting')]);
      expect(early).toBe('waiting');

      await first.end();
      const { rows } = await secondReady;
      expect(rows).toEqual([{ name: '', locks: '0' }]);
      await second.end();
    });
  });

  it('rejects options it cannot honour', async () => {
    await expect(startEmbeddedPostgres({ dataDir: '' })).rejects.toThrow(TypeError);
    await expect(startEmbeddedPostgres({ dataDir: root, port: 70_000 })).rejects.toThrow(
      'startEmbeddedPostgres: `port` must be an integer from 0 to 65535, got 70000',
    );
    await expect(
      startEmbeddedPostgres({ dataDir: root, host: '0.0.0.0' as '127.0.0.1' }),
    ).rejects.toThrow("`host` must be '127.0.0.1'");
  });
});

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
