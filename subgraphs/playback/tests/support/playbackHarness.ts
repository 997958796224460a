import { randomUUID } from 'node:crypto';
import { IDENTITY_HEADER, signIdentityAssertion } from '@media-gateway/auth';
import { createPrismaClient, type DbClient } from '@media-gateway/db';
import { InProcessEventBus, type DomainEvent } from '@media-gateway/events';
import { createPresenceStore, createPubSub, RemoteCommands, type PresenceEntry, type PresenceStore, type PubSub } from '@media-gateway/realtime';
import { createLogger } from '@media-gateway/runtime';
import { createTestDatabase, testRedisClients, testRedisUrl, type TestDatabase, type TestRedisClients } from '@media-gateway/testing';
import { execute, parse, type ExecutionResult } from 'graphql';
import { createPlaybackService, type PlaybackService } from '../../src/PlaybackService.js';

export const SECRET = 'playback-test-secret-at-least-32-bytes-long!';
const DAY = 24 * 60 * 60 * 1000;

/**
 * The playback service over a fresh migrated database, with Redis (sessions, presence, commands, pub/sub) when the
 * test run found one and the memory adapters otherwise, an in-process bus to feed it events, and a clock the test
 * moves. GraphQL runs in-process against the subgraph schema with a signed identity, as the router would send it.
 */
export interface PlaybackHarness {
  service: PlaybackService;
  db: DbClient;
  bus: InProcessEventBus;
  pubsub: PubSub;
  presence: PresenceStore;
  commands: RemoteCommands;
  now(): number;
  advance(ms: number): void;
  /** Runs an operation as `userId` (null: anonymous). */
  gql<T = Record<string, unknown>>(userId: string | null, query: string, variables?: Record<string, unknown>): Promise<ExecutionResult<T>>;
  /** Publishes events and waits until every consumer group handled them. */
  deliver(events: DomainEvent[]): Promise<void>;
  /** A device online for `userId` (a heartbeat, as the sync subgraph records it). */
  online(userId: string, deviceId: string, overrides?: Partial<PresenceEntry>): Promise<void>;
  dispose(): Promise<void>;
}

let sequence = 0;

/** A domain event as a producer's relay would publish it; sequences increase across the test file. */
export function domainEvent<T>(source: string, type: string, aggregateId: string, payload: T, schemaVersion = 1): DomainEvent<T> {
  sequence += 1;
  return { id: randomUUID(), type, source, aggregateId, sequence, occurredAt: new Date().toISOString(), payload, schemaVersion };
}

export async function openPlaybackHarness(): Promise<PlaybackHarness> {
  const database: TestDatabase = await createTestDatabase();
  const db = createPrismaClient({ connectionString: database.url, poolMax: database.poolMax });
  const redisUrl = testRedisUrl();
  const redis: TestRedisClients | null = redisUrl ? testRedisClients('playback') : null;
  const keyPrefix = redis?.keyPrefix ?? 'mg-test:';
  // Near real time, since Redis expires presence by its own clock; moved by hand for the once-a-second rule.
  let clock = Date.now();
  const now = () => clock;
  const logger = createLogger({ name: 'playback-test', level: 'silent' });

  const pubsub = await createPubSub({ redisUrl, keyPrefix });
  const presence = await createPresenceStore({ redisUrl, keyPrefix, now });
  const commands = new RemoteCommands({ pubsub, presence, redisUrl, keyPrefix, now });
  const bus = new InProcessEventBus({ retry: { maxAttempts: 1 } });
  const service = await createPlaybackService({
    prisma: db.prisma,
    pubsub,
    presence,
    commands,
    redisUrl,
    keyPrefix,
    bus,
    assertionSecret: SECRET,
    logger,
    now,
    purgeIntervalMs: null,
  });
  await service.start();

  return {
    service,
    db,
    bus,
    pubsub,
    presence,
    commands,
    now,
    advance: (ms) => {
      clock += ms;
    },
    async gql(userId, query, variables = {}) {
      const headers: Record<string, string> = {};
      if (userId !== null) {
        headers[IDENTITY_HEADER] = await signIdentityAssertion(
          { kind: 'user', userId, role: 'free', scopes: [] },
          { secret: SECRET, now: new Date(clock) },
        );
      }
      const contextValue = await service.createContext(headers);
      return (await execute({ schema: service.schema, document: parse(query), variableValues: variables, contextValue })) as ExecutionResult<never>;
    },
    async deliver(events) {
      await bus.publish(events);
      await bus.whenIdle();
      await service.flushProjections();
    },
    async online(userId, deviceId, overrides = {}) {
      await presence.beat(
        {
          userId,
          deviceId,
          name: 'Living room',
          deviceType: 'TV',
          platform: 'Tizen',
          capabilities: { remoteControllable: true, canCast: true, canReceiveCast: true },
          state: 'BROWSING',
          titleId: null,
          sessionId: null,
          lastSeenAt: clock,
          ...overrides,
        },
        DAY,
      );
    },
    async dispose() {
      await service.close();
      await commands.close();
      await bus.close();
      await presence.close();
      await pubsub.close();
      await db.dispose();
      await database.dispose();
      if (redis) await redis.connect().then(() => redis.cleanUp());
    },
  };
}
