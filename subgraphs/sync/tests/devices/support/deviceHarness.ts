import { randomUUID } from 'node:crypto';
import type { Identity, Role } from '@media-gateway/auth';
import { createPrismaClient, type DbClient } from '@media-gateway/db';
import { RedisPresenceStore, RemoteCommands, createPubSub, type PresenceStore, type PubSub } from '@media-gateway/realtime';
import { createLogger } from '@media-gateway/runtime';
import { buildSyncSchema } from '@media-gateway/sync';
import { createTestDatabase, testRedisClients, testRedisUrl, type TestDatabase, type TestRedisClients } from '@media-gateway/testing';
import { execute, parse, subscribe, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { createDeviceModule, type DeviceModule } from '../../../src/devices/DeviceModule.js';

/**
 * The devices API over real Postgres and Redis, with a clock the test moves. The schema is the sync subgraph's own
 * (`buildSyncSchema` with this module's resolvers merged in), executed in-process with graphql-js like the router's
 * embedded mode; the module is built here rather than inside `createSyncService` so tests can run its sweeper by
 * hand. The context carries only `identity` (the device fields read nothing else); syncService.devices.int.ts
 * covers the service's own signed-header context. `replica()` adds a second module sharing the same database and
 * Redis, as a second process would.
 */
export interface DeviceHarness {
  db: DbClient;
  clock: { now: number };
  module: DeviceModule;
  schema: GraphQLSchema;
  pubsub: PubSub;
  /** Another replica: its own module, schema, connections, same Postgres and Redis keyspace. */
  replica(): Promise<Replica>;
  run(identity: Identity, source: string, variables?: Record<string, unknown>): Promise<ExecutionResult>;
  /** `run`, failing on errors. */
  data<T = Record<string, unknown>>(identity: Identity, source: string, variables?: Record<string, unknown>): Promise<T>;
  /** Opens a subscription; an ExecutionResult when it was refused (the error), else the event stream. */
  subscribe(identity: Identity, source: string, variables?: Record<string, unknown>): Promise<AsyncGenerator<ExecutionResult> | ExecutionResult>;
  dispose(): Promise<void>;
}

export interface Replica {
  module: DeviceModule;
  run(identity: Identity, source: string, variables?: Record<string, unknown>): Promise<ExecutionResult>;
  subscribe: DeviceHarness['subscribe'];
}

export function user(role: Role = 'free', userId: string = randomUUID()): Identity & { kind: 'user' } {
  return { kind: 'user', userId, role, scopes: [] };
}

export async function createDeviceHarness(name: string): Promise<DeviceHarness> {
  const url = testRedisUrl();
  if (!url) throw new TypeError('createDeviceHarness: Redis is required; skip the suite first');
  const database: TestDatabase = await createTestDatabase();
  const db = createPrismaClient({ connectionString: database.url, poolMax: database.poolMax });
  const redis: TestRedisClients = testRedisClients(name);
  const clock = { now: Date.parse('2026-12-03T12:00:00.000Z') };
  const now = () => clock.now;
  const closers: (() => Promise<void>)[] = [];

  const makeReplica = async () => {
    const pubsub = await createPubSub({ redisUrl: url, keyPrefix: redis.keyPrefix });
    const presence: PresenceStore = await new RedisPresenceStore(url, redis.keyPrefix, now).connect();
    const departures: PresenceStore = await new RedisPresenceStore(url, `${redis.keyPrefix}departures:`, now).connect();
    const commands = new RemoteCommands({ pubsub, presence, redisUrl: url, keyPrefix: redis.keyPrefix, now });
    const module = createDeviceModule({
      prisma: db.prisma,
      pubsub,
      presence,
      departures,
      commands,
      logger: createLogger({ name: 'devices-test', level: 'silent' }),
      sweepIntervalMs: 25,
      now,
    });
    const schema = buildSyncSchema(module.resolvers);
    closers.push(async () => {
      await module.close();
      await commands.close();
      await Promise.all([presence.close(), departures.close()]);
      await pubsub.close();
    });
    const run: Replica['run'] = async (identity, source, variables) =>
      (await execute({ schema, document: parse(source), variableValues: variables, contextValue: { identity } })) as ExecutionResult;
    const open: Replica['subscribe'] = async (identity, source, variables) =>
      (await subscribe({ schema, document: parse(source), variableValues: variables, contextValue: { identity } })) as
        | AsyncGenerator<ExecutionResult>
        | ExecutionResult;
    return { module, schema, pubsub, run, subscribe: open };
  };

  const main = await makeReplica();
  return {
    db,
    clock,
    module: main.module,
    schema: main.schema,
    pubsub: main.pubsub,
    replica: async () => {
      const { module, run, subscribe } = await makeReplica();
      return { module, run, subscribe };
    },
    run: main.run,
    async data(identity, source, variables) {
      const result = await main.run(identity, source, variables);
      if (result.errors?.length) throw new Error(`unexpected errors: ${JSON.stringify(result.errors)}`);
      return result.data as never;
    },
    subscribe: main.subscribe,
    async dispose() {
      for (const close of closers.reverse()) await close();
      await redis.cleanUp();
      await db.dispose();
      await database.dispose();
    },
  };
}

/** The `extensions.code` of each error, in order. */
export function codes(result: ExecutionResult): unknown[] {
  return (result.errors ?? []).map((error) => error.extensions?.code);
}

/** The next event of a subscription, failing the test if the stream ended. */
export async function nextEvent<T = Record<string, unknown>>(stream: AsyncGenerator<ExecutionResult>): Promise<T> {
  const { value, done } = await stream.next();
  if (done) throw new Error('the subscription ended');
  if (value.errors?.length) throw new Error(`subscription errors: ${JSON.stringify(value.errors)}`);
  return value.data as T;
}

export function isStream(value: AsyncGenerator<ExecutionResult> | ExecutionResult): value is AsyncGenerator<ExecutionResult> {
  return Symbol.asyncIterator in value;
}
