import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Prisma, createPrismaClient, migrate } from '@media-gateway/db';
import type { DbClient } from '@media-gateway/db';
import { MIGRATIONS_DIR } from './support/paths.js';
import { createTestDatabase, NO_SERVER, type TestDatabase } from './support/testDatabase.js';

let database: TestDatabase;
let db: DbClient;
beforeAll(async () => {
  if (NO_SERVER) return;
  database = await createTestDatabase();
  await migrate({ connectionString: database.url, migrationsDir: MIGRATIONS_DIR });
  db = createPrismaClient({ connectionString: database.url, poolMax: 2 });
});
afterAll(async () => {
  await db?.dispose();
  await database?.drop();
});

describe.skipIf(NO_SERVER)('createPrismaClient', () => {
  it('runs Prisma queries on the pool it returns', async () => {
    await db.prisma.platform.create({ data: { id: 'mubi', name: 'MUBI', regions: [] } });

    const { rows } = await db.pool.query('SELECT name FROM catalog.platform');

    expect(rows).toEqual([{ name: 'MUBI' }]);
  });

  it('counts every statement that reaches Postgres, raw or from Prisma, transactions included', async () => {
    const before = db.queryCount();
    await db.pool.query('SELECT 1');
    expect(db.queryCount() - before).toBe(1);

    const beforeFind = db.queryCount();
    await db.prisma.platform.findMany();
    expect(db.queryCount() - beforeFind).toBe(1);

    const beforeTx = db.queryCount();
    await db.prisma.$transaction(async (tx) => {
      await tx.platform.count();
    });
    // BEGIN, the count, COMMIT.
    expect(db.queryCount() - beforeTx).toBe(3);
  });

  it('does not count input Prisma rejects before sending anything', async () => {
    const before = db.queryCount();

    const invalid = db.prisma.platform.create({ data: { id: 'x', name: 42 as unknown as string } });

    await expect(invalid).rejects.toBeInstanceOf(Prisma.PrismaClientValidationError);
    expect(db.queryCount()).toBe(before);
  });

  it('rejects a pool size that is not a positive integer', () => {
    expect(() => createPrismaClient({ connectionString: database.url, poolMax: 0 })).toThrow(
      'createPrismaClient: `poolMax` must be a positive integer, got 0',
    );
  });

  it('can be disposed twice', async () => {
    const other = createPrismaClient({ connectionString: database.url });
    await other.prisma.platform.count();

    await other.dispose();
    await expect(other.dispose()).resolves.toBeUndefined();
    expect(other.pool.ended).toBe(true);
  });
});
