import { randomUUID } from 'node:crypto';
import { IDENTITY_HEADER, signIdentityAssertion, type Identity, type Role } from '@media-gateway/auth';
import { createPrismaClient, type DbClient } from '@media-gateway/db';
import { InProcessEventBus } from '@media-gateway/events';
import { createPresenceStore, createPubSub, RemoteCommands, type PresenceStore, type PubSub } from '@media-gateway/realtime';
import { createLogger } from '@media-gateway/runtime';
import { createTestDatabase, testRedisClients, testRedisUrl, type TestDatabase, type TestRedisClients } from '@media-gateway/testing';
import { execute, parse, subscribe, type ExecutionResult } from 'graphql';
import { createSyncService, type SyncService } from '@media-gateway/sync';

export const ASSERTION_SECRET = 'sync-tests-identity-assertion-secret-0123456789';

/**
 * The whole sync subgraph (library and devices) over a real Postgres, and over Redis pub/sub and presence when the
 * run has a Redis (in-process adapters otherwise), executed in-process with graphql-js the way the router hosts it
 * embedded: every request's context comes from `createContext` with a signed `x-mg-identity` header.
 */
export interface SyncHarness {
  db: DbClient;
  service: SyncService;
  bus: InProcessEventBus;
  pubsub: PubSub;
  run(identity: Identity, source: string, variables?: Record<string, unknown>): Promise<ExecutionResult>;
  /** `run`, failing on errors. */
  data<T = Record<string, unknown>>(identity: Identity, source: string, variables?: Record<string, unknown>): Promise<T>;
  subscribe(identity: Identity, source: string, variables?: Record<string, unknown>): Promise<AsyncGenerator<ExecutionResult> | ExecutionResult>;
  /** Registers a device for the user and returns its id. */
  registerDevice(identity: Identity, name?: string): Promise<string>;
  dispose(): Promise<void>;
}

export function user(role: Role = 'premium', userId: string = randomUUID()): Identity & { kind: 'user' } {
  return { kind: 'user', userId, role, scopes: [] };
}

export async function headersFor(identity: Identity): Promise<Record<string, string>> {
  if (identity.kind === 'anonymous') return {};
  return { [IDENTITY_HEADER]: await signIdentityAssertion(identity, { secret: ASSERTION_SECRET }) };
}

export async function createSyncHarness(name: string): Promise<SyncHarness> {
  const database: TestDatabase = await createTestDatabase();
  const db = createPrismaClient({ connectionString: database.url, poolMax: database.poolMax });
  const redisUrl = testRedisUrl();
  const redis: TestRedisClients | null = redisUrl ? testRedisClients(name) : null;
  const keyPrefix = redis?.keyPrefix;
  const pubsub = await createPubSub({ redisUrl, ...(keyPrefix ? { keyPrefix } : {}) });
  const presence: PresenceStore = await createPresenceStore({ redisUrl, ...(keyPrefix ? { keyPrefix } : {}) });
  const commands = new RemoteCommands({ pubsub, presence, redisUrl, ...(keyPrefix ? { keyPrefix } : {}) });
  const bus = new InProcessEventBus();
  const service = createSyncService({
    prisma: db.prisma,
    pubsub,
    presence,
    commands,
    bus,
    assertionSecret: ASSERTION_SECRET,
    logger: createLogger({ name: 'sync-test', level: 'silent' }),
  });
  await service.start();

  const run: SyncHarness['run'] = async (identity, source, variables) => {
    const contextValue = await service.createContext(await headersFor(identity));
    return (await execute({ schema: service.schema, document: parse(source), variableValues: variables, contextValue })) as ExecutionResult;
  };
  const data: SyncHarness['data'] = async <T>(identity: Identity, source: string, variables?: Record<string, unknown>) => {
    const result = await run(identity, source, variables);
    if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors.map((e) => ({ message: e.message, extensions: e.extensions })))}`);
    return result.data as T;
  };
  return {
    db,
    service,
    bus,
    pubsub,
    run,
    data,
    async subscribe(identity, source, variables) {
      const contextValue = await service.createContext(await headersFor(identity));
      return (await subscribe({ schema: service.schema, document: parse(source), variableValues: variables, contextValue })) as
        | AsyncGenerator<ExecutionResult>
        | ExecutionResult;
    },
    async registerDevice(identity, deviceName = 'Phone') {
      const result = await data<{ registerDevice: { device: { id: string } } }>(
        identity,
        /* GraphQL */ `
          mutation ($input: RegisterDeviceInput!) {
            registerDevice(input: $input) {
              device {
                id
              }
            }
          }
        `,
        { input: { name: deviceName, type: 'PHONE', platform: 'iOS' } },
      );
      return result.registerDevice.device.id;
    },
    async dispose() {
      await service.close();
      await bus.close();
      await commands.close();
      await presence.close();
      await pubsub.close();
      await redis?.cleanUp();
      await db.dispose();
      await database.dispose();
    },
  };
}
