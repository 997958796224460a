import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPrismaClient, type DbClient } from '@media-gateway/db';
import { appendToOutbox, InProcessEventBus, OutboxRelay, purgePublishedOutbox, type OutboxEventInput } from '@media-gateway/events';
import { createTestDatabase, type TestDatabase } from '@media-gateway/testing';

let database: TestDatabase;
let db: DbClient;

beforeAll(async () => {
  database = await createTestDatabase();
  db = createPrismaClient({ connectionString: database.url, poolMax: database.poolMax });
});
afterAll(async () => {
  await db?.dispose();
  await database?.dispose();
});

const event = (aggregateId: string): OutboxEventInput => ({ type: 'playback.position.updated', aggregateId, payload: { aggregateId }, schemaVersion: 1 });
const aggregates = async () =>
  (await db.pool.query<{ aggregate_id: string }>('SELECT aggregate_id FROM playback.outbox_event ORDER BY sequence')).rows.map((r) => r.aggregate_id);

describe('purgePublishedOutbox', () => {
  it('deletes published events older than the cutoff and keeps newer or unpublished ones', async () => {
    await db.prisma.$transaction((tx) => appendToOutbox(tx, 'playback', [event('old-published'), event('new-published')]));
    await new OutboxRelay({ prisma: db.prisma, schema: 'playback', bus: new InProcessEventBus() }).publishBatch();
    await db.prisma.$transaction((tx) => appendToOutbox(tx, 'playback', [event('old-unpublished')]));
    await db.pool.query(`UPDATE playback.outbox_event SET occurred_at = now() - interval '91 days' WHERE aggregate_id LIKE 'old-%'`);

    const cutoff = new Date(Date.now() - 90 * 24 * 3600 * 1000);
    expect(await purgePublishedOutbox(db.prisma, 'playback', cutoff)).toBe(1);
    expect(await aggregates()).toEqual(['new-published', 'old-unpublished']);
    expect(await purgePublishedOutbox(db.prisma, 'playback', cutoff)).toBe(0);
  });

  it('refuses a schema that is not a plain identifier and an invalid date', async () => {
    await expect(purgePublishedOutbox(db.prisma, 'playback"; DROP TABLE x; --', new Date())).rejects.toThrow(TypeError);
    await expect(purgePublishedOutbox(db.prisma, 'playback', new Date(Number.NaN))).rejects.toThrow(/valid Date/);
  });
});
