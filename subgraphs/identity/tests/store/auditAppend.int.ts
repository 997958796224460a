import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPrismaClient, Prisma, type DbClient } from '@media-gateway/db';
import { createTestDatabase, type TestDatabase } from '@media-gateway/testing';
import { verifyAuditChain } from '../../src/audit/verifyAuditChain.js';
import { createPrismaStores } from '../../src/store/createPrismaStores.js';
import type { IdentityStores } from '../../src/store/IdentityStores.js';
import { OutboxMailTransport } from '../../src/store/OutboxMailTransport.js';
import { toRecord } from '../../src/store/PrismaAuditStore.js';

let database: TestDatabase;
let db: DbClient;
let stores: IdentityStores;

function seqConflict(): Prisma.PrismaClientKnownRequestError {
  return new Prisma.PrismaClientKnownRequestError('Unique constraint failed on the constraint: `audit_log_seq_key`', {
    code: 'P2002',
    clientVersion: 'test',
    meta: { modelName: 'AuditLog', driverAdapterError: { cause: { kind: 'UniqueConstraintViolation', constraint: { index: 'audit_log_seq_key' } } } },
  });
}

beforeAll(async () => {
  database = await createTestDatabase();
  db = createPrismaClient({ connectionString: database.url, poolMax: database.poolMax });
  stores = createPrismaStores({ prisma: db.prisma, mail: new OutboxMailTransport(db.prisma), now: () => new Date('2026-06-01T12:00:00Z') });
});

afterAll(async () => {
  await db?.dispose();
  await database?.dispose();
});

describe('audit appends', () => {
  it('keep one unbroken chain under concurrent writers', async () => {
    await Promise.all(
      Array.from({ length: 12 }, (_, i) => stores.audit.append({ userId: null, action: 'AUTH_FAILED', details: { reason: 'unknown_account', i } })),
    );
    const rows = await db.prisma.auditLog.findMany({ orderBy: { seq: 'asc' } });
    expect(rows.map((row) => Number(row.seq))).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    expect(verifyAuditChain(rows.map(toRecord))).toBe(-1);
  });

  it('run the unit of work again on a seq conflict, up to 3 more times', async () => {
    let calls = 0;
    const result = await stores.transaction(async (tx) => {
      calls++;
      await tx.audit.append({ userId: null, action: 'AUTH_LOGOUT' });
      if (calls <= 3) throw seqConflict();
      return 'committed';
    });
    expect({ result, calls }).toEqual({ result: 'committed', calls: 4 });
    expect(await db.prisma.auditLog.count({ where: { action: 'AUTH_LOGOUT' } })).toBe(1);

    calls = 0;
    await expect(
      stores.transaction(async () => {
        calls++;
        throw seqConflict();
      }),
    ).rejects.toMatchObject({ code: 'P2002' });
    expect(calls).toBe(4);
  });
});
