import { setTimeout as delay } from 'node:timers/promises';
import pg from 'pg';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createPrismaClient, type DbClient } from '@media-gateway/db';
import { appendToOutbox, OutboxRelay, type OutboxEventInput } from '@media-gateway/events';
import { createTestDatabase, type TestDatabase } from '@media-gateway/testing';
import { RecordingBus } from '../support/RecordingBus.js';
import { waitFor } from '../support/waitFor.js';

// The catalog's outbox (prisma/migrations/20261201100000_catalog_outbox) is the table under test: the relay works on
// any `<schema>.outbox_event` of that shape.
const SCHEMA = 'catalog';
const SERVER = Boolean(process.env.MG_TEST_POSTGRES_ADMIN_URL);
const NEEDS_SERVER = 'needs a PostgreSQL server: PGlite serves one connection at a time';
if (!SERVER) console.warn(`OutboxRelay multi-connection tests skipped: ${NEEDS_SERVER}`);

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
beforeEach(async () => {
  await db.prisma.$executeRawUnsafe('DELETE FROM catalog.outbox_event');
});

const titleEvent = (aggregateId: string, n: number): OutboxEventInput => ({
  type: 'catalog.title.upserted',
  aggregateId,
  payload: { titleId: aggregateId, n, nested: { list: [n, 'x'], empty: null } },
  schemaVersion: 1,
});

async function commit(events: OutboxEventInput[]): Promise<string[]> {
  return db.prisma.$transaction((tx) => appendToOutbox(tx, SCHEMA, events));
}

async function unpublishedCount(): Promise<number> {
  const [row] = await db.prisma.$queryRawUnsafe<Array<{ n: number }>>('SELECT count(*)::int AS n FROM catalog.outbox_event WHERE published_at IS NULL');
  return row!.n;
}

describe('appendToOutbox + OutboxRelay', () => {
  it('publishes committed events oldest first in the envelope, marks them, and publishes nothing twice', async () => {
    const occurredAt = new Date('2026-12-01T10:00:00.000Z');
    const ids = await commit([{ ...titleEvent('t1', 1), occurredAt }, titleEvent('t2', 1), titleEvent('t1', 2)]);
    const bus = new RecordingBus();
    const relay = new OutboxRelay({ prisma: db.prisma, schema: SCHEMA, bus });

    expect(await relay.drain()).toBe(3);
    const events = bus.events;
    expect(events.map((e) => e.id)).toEqual(ids);
    expect(events[0]).toEqual({
      id: ids[0],
      type: 'catalog.title.upserted',
      source: 'catalog',
      aggregateId: 't1',
      sequence: expect.any(Number),
      occurredAt: '2026-12-01T10:00:00.000Z',
      payload: { titleId: 't1', n: 1, nested: { list: [1, 'x'], empty: null } },
      schemaVersion: 1,
    });
    const sequences = events.map((e) => e.sequence);
    expect(sequences).toEqual([...sequences].sort((a, b) => a - b));
    expect(new Set(sequences).size).toBe(3);
    expect(await unpublishedCount()).toBe(0);
    expect(await relay.drain()).toBe(0);
    expect(bus.events).toHaveLength(3);
  });

  it('publishes nothing that a rolled-back transaction appended', async () => {
    await expect(
      db.prisma.$transaction(async (tx) => {
        await appendToOutbox(tx, SCHEMA, [titleEvent('t1', 1)]);
        throw new Error('the title write failed');
      }),
    ).rejects.toThrow('the title write failed');
    const bus = new RecordingBus();
    expect(await new OutboxRelay({ prisma: db.prisma, schema: SCHEMA, bus }).drain()).toBe(0);
    expect(bus.calls).toEqual([]);
  });

  it('publishes again what a relay published but could not mark before it died', async () => {
    const ids = await commit([titleEvent('t1', 1), titleEvent('t2', 1)]);
    const crashing = new RecordingBus(() => {
      throw new Error('process killed after the broker accepted the batch');
    });
    await expect(new OutboxRelay({ prisma: db.prisma, schema: SCHEMA, bus: crashing }).drain()).rejects.toThrow(/process killed/);
    expect(crashing.events.map((e) => e.id)).toEqual(ids);
    expect(await unpublishedCount()).toBe(2);

    const next = new RecordingBus();
    expect(await new OutboxRelay({ prisma: db.prisma, schema: SCHEMA, bus: next }).drain()).toBe(2);
    expect(next.events.map((e) => e.id)).toEqual(ids);
    expect(next.events.map((e) => e.sequence)).toEqual(crashing.events.map((e) => e.sequence));
  });

  it.skipIf(!SERVER)('publishes again when the connection dies between publish and mark', async () => {
    const ids = await commit([titleEvent('t1', 1)]);
    const relayDb = createPrismaClient({ connectionString: database.url, poolMax: 1 });
    const killer = new pg.Client({ connectionString: database.url });
    await killer.connect();
    try {
      // While the relay awaits the bus its transaction sits "idle in transaction"; kill that backend.
      const bus = new RecordingBus(async () => {
        await killer.query(
          `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
            WHERE datname = current_database() AND pid <> pg_backend_pid() AND state = 'idle in transaction'`,
        );
      });
      await expect(new OutboxRelay({ prisma: relayDb.prisma, schema: SCHEMA, bus }).drain()).rejects.toThrow();
      expect(bus.events.map((e) => e.id)).toEqual(ids);
      expect(await unpublishedCount()).toBe(1);
    } finally {
      await killer.end();
      await relayDb.dispose().catch(() => {});
    }
    const next = new RecordingBus();
    await new OutboxRelay({ prisma: db.prisma, schema: SCHEMA, bus: next }).drain();
    expect(next.events.map((e) => e.id)).toEqual(ids);
  });

  it.skipIf(!SERVER)('lets two relays run side by side without publishing a row twice or out of order', async () => {
    const aggregates = ['a', 'b', 'c', 'd', 'e'];
    for (let round = 0; round < 6; round += 1) {
      await commit(Array.from({ length: 500 }, (_, i) => titleEvent(aggregates[i % 5]!, round * 100 + Math.floor(i / 5))));
    }
    // One bus shared by both relays, slow enough that their batches would overlap without the schema lock.
    const bus = new RecordingBus(() => delay(5));
    const clients = [createPrismaClient({ connectionString: database.url, poolMax: 2 }), createPrismaClient({ connectionString: database.url, poolMax: 2 })];
    const relays = clients.map((client) => new OutboxRelay({ prisma: client.prisma, schema: SCHEMA, bus, batchSize: 100, pollIntervalMs: 10 }));
    try {
      relays.forEach((relay) => relay.start());
      await waitFor('3000 published events', () => bus.events.length >= 3000, 60_000);
      await Promise.all(relays.map((relay) => relay.stop()));
    } finally {
      await Promise.all(relays.map((relay) => relay.stop()));
      await Promise.all(clients.map((client) => client.dispose()));
    }
    const ids = bus.events.map((e) => e.id);
    expect(ids).toHaveLength(3000);
    expect(new Set(ids).size).toBe(3000);
    expect(bus.maxInFlight).toBe(1);
    for (const aggregate of aggregates) {
      const ns = bus.events.filter((e) => e.aggregateId === aggregate).map((e) => (e.payload as { n: number }).n);
      expect(ns).toEqual([...ns].sort((x, y) => x - y));
    }
    expect(await unpublishedCount()).toBe(0);
  });

  it('runs in the background from start(), woken by an append in this process, until stop()', async () => {
    const bus = new RecordingBus();
    // No polling: only start(), wake-ups and this process's appends trigger a pass.
    const relay = new OutboxRelay({ prisma: db.prisma, schema: SCHEMA, bus, pollIntervalMs: null });
    await commit([titleEvent('t0', 1)]);
    relay.start();
    await waitFor('the event committed before start', () => bus.events.length === 1);
    await commit([titleEvent('t1', 1)]);
    await waitFor('the event appended after start', () => bus.events.length === 2);
    await relay.stop();
    await commit([titleEvent('t2', 1)]);
    await delay(300);
    expect(bus.events.map((e) => e.aggregateId)).toEqual(['t0', 't1']);
    expect(await unpublishedCount()).toBe(1);
  });

  it('retries after a failed publish with backoff, without losing the batch', async () => {
    let failures = 2;
    const bus = new RecordingBus(() => {
      if (failures-- > 0) throw new Error('broker unavailable');
    });
    const relay = new OutboxRelay({ prisma: db.prisma, schema: SCHEMA, bus, pollIntervalMs: 10 });
    await commit([titleEvent('t1', 1)]);
    relay.start();
    await waitFor('a successful publish', () => bus.calls.length === 3, 10_000);
    await relay.stop();
    expect(await unpublishedCount()).toBe(0);
  });

  it('rejects misuse, naming the option', async () => {
    const bus = new RecordingBus();
    expect(() => new OutboxRelay({ prisma: db.prisma, schema: 'Catalog; DROP', bus })).toThrow(/`schema` must be a lower-case Postgres identifier/);
    expect(() => new OutboxRelay({ prisma: db.prisma, schema: SCHEMA, bus, batchSize: 0 })).toThrow(/`batchSize`/);
    expect(() => new OutboxRelay({ prisma: db.prisma, schema: SCHEMA, bus, pollIntervalMs: 1 })).toThrow(/`pollIntervalMs`/);
    await expect(db.prisma.$transaction((tx) => appendToOutbox(tx, SCHEMA, [{ ...titleEvent('t', 1), type: 'upserted' }]))).rejects.toThrow(
      'appendToOutbox: events[0].type must look like "<domain>.<aggregate>.<verb>", got "upserted"',
    );
  });
});
