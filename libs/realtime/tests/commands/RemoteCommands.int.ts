import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  channels,
  createPresenceStore,
  createPubSub,
  RemoteCommands,
  type AckStatus,
  type CommandAck,
  type DeviceCommand,
  type PresenceStore,
  type PubSub,
} from '@media-gateway/realtime';
import { REDIS_SKIP_REASON, testRedisClients, testRedisUrl } from '@media-gateway/testing';
import { fakeClock, putDevicesOnline, record, USER, type CommandsHarness } from './remoteCommandsHarness.js';
import { remoteCommandsContract } from './remoteCommandsContract.js';

const url = testRedisUrl();
if (!url) console.warn(`RemoteCommands Redis suites skipped: ${REDIS_SKIP_REASON}`);

remoteCommandsContract(
  'redis',
  async () => {
    const redis = testRedisClients('commands-contract');
    await redis.connect(); // so cleanUp has a connection to delete the keys with
    const clock = fakeClock(Date.now());
    const options = { redisUrl: url, keyPrefix: redis.keyPrefix };
    const [pubsub, presence] = await Promise.all([createPubSub(options), createPresenceStore(options)]);
    const commands = new RemoteCommands({ ...options, pubsub, presence, now: clock.now });
    return {
      commands,
      pubsub,
      presence,
      clock,
      async dispose() {
        await Promise.all([commands.close(), pubsub.close(), presence.close()]);
        await redis.cleanUp();
      },
    } satisfies CommandsHarness;
  },
  { skip: url ? undefined : REDIS_SKIP_REASON },
);

/** Two replicas sharing one Redis: each with its own connections, as two processes would have. */
describe.skipIf(!url)('RemoteCommands across replicas (Redis)', () => {
  const redis = url ? testRedisClients('commands') : undefined;
  let pubsubs: PubSub[];
  let presences: PresenceStore[];
  let replicas: RemoteCommands[];

  beforeEach(async () => {
    await redis!.connect();
    const options = { redisUrl: url, keyPrefix: redis!.keyPrefix };
    pubsubs = await Promise.all([createPubSub(options), createPubSub(options)]);
    presences = await Promise.all([createPresenceStore(options), createPresenceStore(options)]);
    replicas = [0, 1].map((i) => new RemoteCommands({ ...options, pubsub: pubsubs[i]!, presence: presences[i]!, node: `replica-${i}` }));
    await putDevicesOnline(presences[0]!);
  });
  afterEach(async () => {
    await Promise.all([...replicas, ...pubsubs, ...presences].map((closable) => closable.close()));
  });
  afterAll(async () => redis?.cleanUp());

  it('delivers a command sent on one replica to a device listening on the other, and its acks back', async () => {
    const device = await record(pubsubs[1]!, channels.deviceCommands(USER, 'tv'));
    const sender = await record(pubsubs[0]!, channels.devices(USER));
    const sent = await replicas[0]!.send(USER, { targetDeviceId: 'tv', type: 'PAUSE' });
    await vi.waitFor(() => expect(device.messages).toContainEqual(expect.objectContaining({ commandId: sent.commandId })));
    await replicas[1]!.acknowledge(USER, 'tv', sent.commandId, 'COMPLETED');
    await vi.waitFor(() => expect(sender.messages).toEqual([{ userId: USER, command: expect.objectContaining({ commandId: sent.commandId, status: 'COMPLETED' }) }]));
    expect(await replicas[0]!.get(USER, sent.commandId)).toMatchObject({ status: 'COMPLETED' });
    await Promise.all([device.stop(), sender.stop()]);
  });

  it('re-sends an unacknowledged command over Redis, counting attempts', async () => {
    const device = await record(pubsubs[1]!, channels.deviceCommands(USER, 'tv'));
    const sent = await replicas[0]!.send(USER, { targetDeviceId: 'tv', type: 'STOP' });
    await vi.waitFor(() => expect((device.messages as DeviceCommand[]).map((m) => m.attempts).slice(0, 2)).toEqual([1, 2]), { timeout: 5_000 });
    expect(new Set((device.messages as DeviceCommand[]).map((m) => m.commandId))).toEqual(new Set([sent.commandId]));
    expect((await replicas[1]!.get(USER, sent.commandId))!.attempts).toBeGreaterThanOrEqual(2);
    await device.stop();
  });

  it('debounces identical commands sent on both replicas at once into one', async () => {
    const input = { targetDeviceId: 'tv', type: 'SEEK', params: { positionSeconds: 42 } } as const;
    const results = await Promise.all([replicas[0]!.send(USER, input), replicas[1]!.send(USER, input), replicas[0]!.send(USER, input)]);
    expect(new Set(results.map((r) => r.commandId)).size).toBe(1);
    expect(results.filter((r) => !r.deduplicated)).toHaveLength(1);
  });

  it('never moves a command backwards under concurrent acknowledgements from both replicas', async () => {
    const acks = await record(pubsubs[0]!, channels.devices(USER));
    const rank: Record<string, number> = { PENDING: 0, RECEIVED: 1, EXECUTING: 2, COMPLETED: 3, FAILED: 3 };
    const sent = await Promise.all(Array.from({ length: 15 }, (_, i) => replicas[i % 2]!.send(USER, { targetDeviceId: 'tv', type: 'SET_VOLUME', params: { level: i } })));
    const statuses: AckStatus[] = ['RECEIVED', 'EXECUTING', 'COMPLETED', 'RECEIVED', 'EXECUTING', 'COMPLETED'];
    const outcomes = await Promise.all(
      sent.flatMap((command) =>
        statuses.map((status, i) =>
          replicas[i % 2]!.acknowledge(USER, 'tv', command.commandId, status).then(
            (result) => ({ ok: true as const, result }),
            (error: { code?: string }) => ({ ok: false as const, code: error.code }),
          ),
        ),
      ),
    );
    expect(outcomes.filter((o) => !o.ok).map((o) => o.code)).toEqual(outcomes.filter((o) => !o.ok).map(() => 'CONFLICT'));
    for (const command of sent) expect(await replicas[0]!.get(USER, command.commandId)).toMatchObject({ status: 'COMPLETED' });
    // Every command's published transitions go strictly forward and end at COMPLETED, each status at most once.
    const published = acks.messages as CommandAck[];
    await vi.waitFor(() => expect(published.filter((a) => a.command.status === 'COMPLETED')).toHaveLength(sent.length));
    for (const command of sent) {
      const path = published.filter((a) => a.command.commandId === command.commandId).map((a) => a.command.status);
      expect(path.map((s) => rank[s])).toEqual([...path.map((s) => rank[s]!)].sort());
      expect(new Set(path).size).toBe(path.length);
      expect(path.at(-1)).toBe('COMPLETED');
    }
    await acks.stop();
  });

  it('lets exactly one of two racing final acknowledgements win', async () => {
    for (let round = 0; round < 10; round++) {
      const sent = await replicas[0]!.send(USER, { targetDeviceId: 'tv', type: 'SET_VOLUME', params: { level: 50 + round } });
      const outcomes = await Promise.allSettled([
        replicas[0]!.acknowledge(USER, 'tv', sent.commandId, 'COMPLETED'),
        replicas[1]!.acknowledge(USER, 'tv', sent.commandId, 'FAILED', 'volume locked'),
      ]);
      const won = outcomes.filter((o) => o.status === 'fulfilled');
      expect(won).toHaveLength(1);
      expect(outcomes.find((o) => o.status === 'rejected')).toMatchObject({ reason: { code: 'CONFLICT' } });
      const final = await replicas[1]!.get(USER, sent.commandId);
      expect(final!.status).toBe((won[0] as PromiseFulfilledResult<DeviceCommand>).value.status);
    }
  });
});
