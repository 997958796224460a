import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { execute, parse, subscribe, type ExecutionResult } from 'graphql';
import { createPrismaClient, type DbClient } from '@media-gateway/db';
import { isCatalogTitleUpserted, replayOutbox, type CatalogTitleDocument } from '@media-gateway/events';
import { channels, MemoryPubSub, type AvailabilityChange } from '@media-gateway/realtime';
import { createLogger } from '@media-gateway/runtime';
import { createTestDatabase, type TestDatabase } from '@media-gateway/testing';
import { createCatalogService, type CatalogService } from '../../src/CatalogService.js';
import { runCatalogIngestion } from '../../src/ingestion/runCatalogIngestion.js';
import { recordsAdapter, type SimpleRecord } from '../support/recordsAdapter.js';

const logger = createLogger({ name: 'test', level: 'silent' });
const now = new Date('2026-06-01T00:00:00Z');
let database: TestDatabase;
let db: DbClient;
let pubsub: MemoryPubSub;
let catalog: CatalogService;

const FILMS: SimpleRecord[] = [
  { key: 'heat', title: 'Heat', year: 1995, platform: 'netflix' },
  { key: 'blue', title: 'Perfect Blue', year: 1997, platform: 'hulu' },
  { key: 'akira', title: 'Akira', year: 1988 },
];
let version = 0;
/** The films with `changes` applied, as a new version of the source (so the import is not skipped). */
const films = (changes: Record<string, Partial<SimpleRecord>> = {}) => [
  recordsAdapter('films', FILMS.map((r) => ({ ...r, ...changes[r.key] })), String(++version)),
];

async function idsByName(): Promise<Record<string, string>> {
  const rows = await db.prisma.title.findMany({ select: { id: true, title: true } });
  return Object.fromEntries(rows.map((r) => [r.title, r.id]));
}

/** Every message on the availability channel, with what a reader saw in the database when it arrived. */
async function listen(): Promise<{ messages: AvailabilityChange[]; seen: Array<Promise<string[]>>; stop: () => Promise<void> }> {
  const messages: AvailabilityChange[] = [];
  const seen: Array<Promise<string[]>> = [];
  const stop = await pubsub.subscribe(channels.availability(), (message) => {
    const change = message as AvailabilityChange;
    messages.push(change);
    // Another connection reads at once: it sees the new offers only if the import committed before publishing.
    seen.push(db.prisma.offer.findMany({ where: { titleId: { in: change.titleIds } }, select: { platformId: true } }).then((rows) => rows.map((r) => r.platformId).sort()));
  });
  return { messages, seen, stop };
}

const SUBSCRIPTION = /* GraphQL */ `
  subscription ($ids: [ID!]!) {
    availabilityChanged(titleIds: $ids) {
      at
      titles {
        id
        name
        availability(region: "US") { platform { id } deepLink { appUrl webUrl } }
      }
    }
  }
`;

async function subscribeTo(ids: string[]): Promise<AsyncIterableIterator<ExecutionResult>> {
  const result = await subscribe({ schema: catalog.schema, document: parse(SUBSCRIPTION), variableValues: { ids }, contextValue: catalog.createContext({}) });
  if (!(Symbol.asyncIterator in result)) throw new Error(`not a stream: ${JSON.stringify(result)}`);
  return result as AsyncIterableIterator<ExecutionResult>;
}

beforeAll(async () => {
  database = await createTestDatabase();
  db = createPrismaClient({ connectionString: database.url, poolMax: database.poolMax });
  pubsub = new MemoryPubSub();
  catalog = await createCatalogService({ prisma: db.prisma, logger, demoOffers: false, pubsub });
});
afterAll(async () => {
  await pubsub?.close();
  await db?.dispose();
  await database?.dispose();
});
beforeEach(async () => {
  await db.prisma.$executeRawUnsafe('TRUNCATE catalog.title, catalog.ingestion_run, catalog.outbox_event CASCADE');
});

describe('availability changes from imports', () => {
  it('announces, after the commit, exactly the titles whose offers changed', async () => {
    const { messages, seen, stop } = await listen();
    const first = await catalog.ingest({ adapters: films(), now });
    const ids = await idsByName();
    // Titles with offers gained them; Akira has none, so nothing changed where it streams.
    expect(first.availabilityChanged).toBe(2);
    expect(messages).toEqual([{ titleIds: expect.arrayContaining([ids.Heat, ids['Perfect Blue']]), at: now.getTime() }]);
    expect(messages[0]!.titleIds).toHaveLength(2);
    expect(await Promise.all(seen)).toEqual([['hulu', 'netflix']]);

    // A rename changes the document (an event) but not where the title streams (no announcement).
    const renamed = await catalog.ingest({ adapters: films({ heat: { title: 'Heat (1995)' } }), now });
    expect(renamed).toMatchObject({ events: 1, availabilityChanged: 0 });
    expect(messages).toHaveLength(1);

    const moved = await catalog.ingest({ adapters: films({ heat: { title: 'Heat (1995)', platform: 'prime_video' }, akira: { platform: 'netflix' } }), now });
    expect(moved.availabilityChanged).toBe(2);
    expect(messages[1]!.titleIds.sort()).toEqual([ids.Heat, ids.Akira].sort());
    expect(await Promise.all(seen)).toEqual([['hulu', 'netflix'], ['netflix', 'prime_video']]);
    await stop();
  });

  it('announces nothing when the import fails, nor without a PubSub', async () => {
    const { messages, stop } = await listen();
    const broken = recordsAdapter('broken', [{ key: 'x', title: 'Unknown Platform Film', year: 2000, platform: 'no_such_platform' }]);
    await expect(catalog.ingest({ adapters: [...films(), broken], now })).rejects.toThrow();
    const direct = await runCatalogIngestion({ prisma: db.prisma, logger, adapters: films(), demoOffers: false, now });
    expect(direct.availabilityChanged).toBe(2);
    expect(messages).toEqual([]);
    await stop();
  });

  it("publishes each offer's launch links in its document, the ones Title.availability serves", async () => {
    await catalog.ingest({ adapters: films(), now });
    const documents: CatalogTitleDocument[] = [];
    await replayOutbox(db.prisma, 'catalog', 0, (event) => void (isCatalogTitleUpserted(event) && documents.push(event.payload)));
    const heat = documents.find((d) => d.name === 'Heat')!;
    const result = await availabilityLinks(heat.titleId);
    expect(heat.offers.map((o) => o.deepLink)).toEqual(result);
    expect(result).toEqual([{ appUrl: 'netflix://title/heat', webUrl: 'https://www.netflix.com/title/heat' }]);
  });
});

async function availabilityLinks(titleId: string): Promise<unknown> {
  const result = (await execute({
    schema: catalog.schema,
    document: parse(`query ($id: ID!) { title(id: $id) { availability(region: "US") { deepLink { appUrl webUrl } } } }`),
    variableValues: { id: titleId },
    contextValue: catalog.createContext({}),
  })) as ExecutionResult<{ title: { availability: Array<{ deepLink: unknown }> } }>;
  return result.data?.title.availability.map((o) => o.deepLink);
}

describe('Subscription.availabilityChanged', () => {
  it('yields only the subscribed titles that changed, read afresh for each event', async () => {
    await catalog.ingest({ adapters: films(), now });
    const ids = await idsByName();
    const stream = await subscribeTo([ids.Heat!, ids.Akira!]);

    // Only Perfect Blue changes: not one of ours, so no event.
    await catalog.ingest({ adapters: films({ blue: { platform: 'netflix' } }), now });
    // Heat and Perfect Blue change: the event names Heat only.
    await catalog.ingest({ adapters: films({ blue: { platform: 'peacock' }, heat: { platform: 'hulu' } }), now: new Date('2026-06-02T00:00:00Z') });
    const first = await stream.next();
    expect(first.value).toEqual({
      data: {
        availabilityChanged: {
          at: '2026-06-02T00:00:00.000Z',
          titles: [{ id: ids.Heat, name: 'Heat', availability: [{ platform: { id: 'hulu' }, deepLink: { appUrl: 'hulu://watch/heat', webUrl: 'https://www.hulu.com/watch/heat' } }] }],
        },
      },
    });

    // The next event shows the next state, not what the subscription's loaders read for the first one.
    await catalog.ingest({ adapters: films({ blue: { platform: 'peacock' }, heat: { platform: 'peacock' }, akira: { platform: 'netflix' } }), now: new Date('2026-06-03T00:00:00Z') });
    const second = await stream.next();
    expect(second.value).toMatchObject({
      data: {
        availabilityChanged: {
          at: '2026-06-03T00:00:00.000Z',
          titles: [
            { id: ids.Heat, availability: [{ platform: { id: 'peacock' } }] },
            { id: ids.Akira, availability: [{ platform: { id: 'netflix' } }] },
          ],
        },
      },
    });

    await stream.return?.();
    expect(await stream.next()).toEqual({ done: true, value: undefined });
  });

  it('ignores messages that name none of its titles', async () => {
    const subscribed = '00000000-0000-4000-8000-000000000001';
    const stream = await subscribeTo([subscribed]);
    await pubsub.publish(channels.availability(), { titleIds: ['00000000-0000-4000-8000-000000000002'], at: now.getTime() });
    await pubsub.publish(channels.availability(), { titleIds: [subscribed], at: now.getTime() });
    // The title does not exist (any more): the event still comes, with no titles.
    expect((await stream.next()).value).toEqual({ data: { availabilityChanged: { at: now.toISOString(), titles: [] } } });
    await stream.return?.();
  });

  it('refuses an empty, oversized or malformed list with BAD_USER_INPUT', async () => {
    const tooMany = Array.from({ length: 101 }, (_, n) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`);
    for (const [ids, problem] of [
      [[], 'titleIds must name 1 to 100 distinct titles, got 0'],
      [tooMany, 'titleIds must name 1 to 100 distinct titles, got 101'],
      [['heat'], 'titleIds must be title UUIDs, got "heat"'],
    ] as const) {
      const result = (await subscribe({ schema: catalog.schema, document: parse(SUBSCRIPTION), variableValues: { ids }, contextValue: catalog.createContext({}) })) as ExecutionResult;
      expect(result.errors?.map((e) => [e.extensions.code, e.extensions.problems])).toEqual([['BAD_USER_INPUT', [problem]]]);
    }
  });
});
