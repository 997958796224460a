import { randomUUID } from 'node:crypto';
import { IDENTITY_HEADER, signIdentityAssertion, type Identity } from '@media-gateway/auth';
import { formatHlc } from '@media-gateway/crdt';
import { createPrismaClient, type DbClient } from '@media-gateway/db';
import { RemoteCommands, createPresenceStore, createPubSub, type PresenceStore, type PubSub } from '@media-gateway/realtime';
import { createLogger } from '@media-gateway/runtime';
import { createSyncService, type SyncService } from '@media-gateway/sync';
import { REDIS_SKIP_REASON, createTestDatabase, testRedisClients, testRedisUrl, type TestDatabase, type TestRedisClients } from '@media-gateway/testing';
import { execute, parse, type ExecutionResult } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codes, user } from './support/deviceHarness.js';
import { DEVICE, DEVICES, HEARTBEAT, REGISTER, tvInput } from './support/operations.js';

const redis = testRedisUrl();
if (!redis) console.warn(`devices-in-the-sync-service suite skipped: ${REDIS_SKIP_REASON}`);

const SECRET = 'sync-devices-tests-assertion-secret-0123456789';
const REPORT_PROGRESS = /* GraphQL */ `
  mutation Report($profileId: ID!, $deviceId: ID!, $titleId: ID!, $hlc: String!) {
    reportProgress(profileId: $profileId, deviceId: $deviceId, titleId: $titleId, hlc: $hlc, positionSeconds: 60, durationSeconds: 3600) {
      positionSeconds
    }
  }
`;

/** The device module as `createSyncService` wires it: signed identity headers, the whole subgraph schema. */
describe.skipIf(!redis)('devices inside createSyncService', () => {
  let database: TestDatabase;
  let db: DbClient;
  let keys: TestRedisClients;
  let pubsub: PubSub;
  let presence: PresenceStore;
  let departures: PresenceStore;
  let commands: RemoteCommands;
  let service: SyncService;

  beforeAll(async () => {
    database = await createTestDatabase();
    db = createPrismaClient({ connectionString: database.url, poolMax: database.poolMax });
    keys = testRedisClients('sync-service-devices');
    pubsub = await createPubSub({ redisUrl: redis, keyPrefix: keys.keyPrefix });
    presence = await createPresenceStore({ redisUrl: redis, keyPrefix: keys.keyPrefix });
    departures = await createPresenceStore({ redisUrl: redis, keyPrefix: `${keys.keyPrefix}departures:` });
    commands = new RemoteCommands({ pubsub, presence, redisUrl: redis, keyPrefix: keys.keyPrefix });
    service = createSyncService({
      prisma: db.prisma,
      pubsub,
      presence,
      departures,
      commands,
      assertionSecret: SECRET,
      logger: createLogger({ name: 'sync-devices-test', level: 'silent' }),
    });
    await service.start();
  });

  afterAll(async () => {
    await service?.close();
    await commands?.close();
    await Promise.all([presence?.close(), departures?.close()]);
    await pubsub?.close();
    await keys?.cleanUp();
    await db?.dispose();
    await database?.dispose();
  });

  const run = async (identity: Identity, source: string, variables?: Record<string, unknown>) => {
    const headers = identity.kind === 'anonymous' ? {} : { [IDENTITY_HEADER]: await signIdentityAssertion(identity, { secret: SECRET }) };
    const contextValue = await service.createContext(headers);
    return (await execute({ schema: service.schema, document: parse(source), variableValues: variables, contextValue })) as ExecutionResult;
  };

  it('registers, beats and lists through the service, as the signed caller only', async () => {
    const ada = user();
    const bob = user();
    const registered = await run(ada, REGISTER, { input: tvInput() });
    expect(registered.errors).toBeUndefined();
    const tv = (registered.data as { registerDevice: { device: { id: string } } }).registerDevice.device.id;
    expect((await run(ada, HEARTBEAT, { deviceId: tv, state: 'BROWSING' })).data).toMatchObject({ heartbeat: { device: { status: 'ONLINE' } } });
    expect((await run(ada, DEVICES)).data).toMatchObject({ devices: [{ id: tv, status: 'ONLINE' }] });
    expect((await run(bob, DEVICE, { id: tv })).data).toEqual({ device: null });
    expect(codes(await run({ kind: 'anonymous' }, DEVICES))).toEqual(['UNAUTHENTICATED']);
  });

  it("backs the library's device check: another user's device is NOT_FOUND there too", async () => {
    const ada = user();
    const bob = user();
    const tv = ((await run(ada, REGISTER, { input: tvInput() })).data as { registerDevice: { device: { id: string } } }).registerDevice.device.id;
    const hlc = formatHlc({ physical: Date.now(), logical: 0, node: tv });
    const variables = { profileId: randomUUID(), deviceId: tv, titleId: randomUUID(), hlc };
    expect(codes(await run(bob, REPORT_PROGRESS, variables))).toEqual(['NOT_FOUND']);
    expect(codes(await run(ada, REPORT_PROGRESS, variables))).toEqual([]);
  });
});
