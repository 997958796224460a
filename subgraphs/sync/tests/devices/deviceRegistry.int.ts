import { randomUUID } from 'node:crypto';
import type { Identity } from '@media-gateway/auth';
import { REDIS_SKIP_REASON, testRedisUrl } from '@media-gateway/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codes, createDeviceHarness, user, type DeviceHarness } from './support/deviceHarness.js';
import { DEVICE, DEVICES, REGISTER, REMOVE, RENAME, phoneInput, tvInput } from './support/operations.js';

const redis = testRedisUrl();
if (!redis) console.warn(`devices registry suite skipped: ${REDIS_SKIP_REASON}`);

interface Registered {
  registerDevice: { device: { id: string; name: string; platform: string; [k: string]: unknown }; devices: { id: string }[] };
}

describe.skipIf(!redis)('device registry (§8) through GraphQL', () => {
  let h: DeviceHarness;
  beforeAll(async () => {
    h = await createDeviceHarness('devices-registry');
  });
  afterAll(async () => {
    await h?.dispose();
  });

  const register = (identity: Identity, input = tvInput()) => h.run(identity, REGISTER, { input });

  it('registers a device in canonical form and answers the heartbeat timings', async () => {
    const ada = user();
    const { registerDevice } = await h.data<Registered & { registerDevice: Record<string, unknown> }>(ada, REGISTER, { input: tvInput() });
    expect(registerDevice).toMatchObject({
      device: {
        name: 'Living room TV',
        type: 'TV',
        platform: 'Tizen',
        appVersion: '5.1.0',
        capabilities: {
          maxResolution: '4K',
          hdrFormats: ['HDR10', 'DolbyVision'],
          atmos: true,
          remoteControllable: true,
          canCast: false,
          canReceiveCast: true,
          supportedPlatforms: [],
        },
        status: 'OFFLINE',
        state: null,
        nowPlaying: null,
        lastSeenAt: null,
        createdAt: expect.any(String),
      },
      heartbeatIntervalSeconds: 30,
      offlineAfterSeconds: 60,
    });
    expect(registerDevice.devices).toEqual([{ id: registerDevice.device.id }]);
  });

  it('lets exactly 2 of 5 concurrent registrations of a free user through (DEVICE_LIMIT_REACHED for the rest)', async () => {
    const free = user('free');
    const results = await Promise.all(Array.from({ length: 5 }, (_, i) => register(free, tvInput({ name: `TV ${i}` }))));
    const succeeded = results.filter((result) => !result.errors);
    const refused = results.filter((result) => result.errors);
    expect(succeeded).toHaveLength(2);
    expect(refused).toHaveLength(3);
    for (const result of refused) {
      expect(result.errors?.[0]?.extensions).toEqual({ code: 'DEVICE_LIMIT_REACHED', limit: 2 });
      expect(result.errors?.[0]?.message).toBe('your plan allows 2 devices; remove one to add another');
    }
    expect(await h.db.prisma.syncDevice.count({ where: { userId: free.userId } })).toBe(2);
    // Removing one makes room for exactly one more.
    const [first] = (await h.data<{ devices: { id: string }[] }>(free, DEVICES)).devices;
    await h.data(free, REMOVE, { id: first!.id });
    expect(codes(await register(free))).toEqual([]);
    expect(codes(await register(free))).toEqual(['DEVICE_LIMIT_REACHED']);
  });

  it('allows premium users 10 devices and admins any number', async () => {
    const premium = user('premium');
    for (let i = 0; i < 10; i++) expect(codes(await register(premium, phoneInput({ name: `Phone ${i}` })))).toEqual([]);
    expect((await register(premium)).errors?.[0]?.extensions).toEqual({ code: 'DEVICE_LIMIT_REACHED', limit: 10 });
    const admin = user('admin');
    const results = await Promise.all(Array.from({ length: 12 }, () => register(admin)));
    expect(results.flatMap(codes)).toEqual([]);
  });

  it('answers bad input with every problem and writes nothing', async () => {
    const ada = user();
    const result = await register(ada, tvInput({ name: '', platform: 'Symbian', capabilities: { hdrFormats: ['HDR11'] } }));
    expect(result.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      problems: [
        'name must not be empty',
        'platform must be one of iOS, Android, Tizen, webOS, Roku, Web, macOS, Windows, Linux, CLI',
        "capabilities.hdrFormats: 'HDR11' is not one of HDR10, HDR10+, DolbyVision, HLG",
      ],
    });
    expect(await h.db.prisma.syncDevice.count({ where: { userId: ada.userId } })).toBe(0);
  });

  it('renames and removes, listing oldest first', async () => {
    const ada = user('premium');
    const tv = (await h.data<Registered>(ada, REGISTER, { input: tvInput() })).registerDevice.device;
    const phone = (await h.data<Registered>(ada, REGISTER, { input: phoneInput() })).registerDevice.device;
    expect(await h.data(ada, RENAME, { id: tv.id, name: '  Bedroom TV ' })).toEqual({ renameDevice: { id: tv.id, name: 'Bedroom TV' } });
    expect((await h.run(ada, RENAME, { id: tv.id, name: 'x'.repeat(65) })).errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      problems: ['name must be at most 64 characters'],
    });
    expect((await h.data<{ devices: { id: string; name: string }[] }>(ada, DEVICES)).devices.map((d) => [d.id, d.name])).toEqual([
      [tv.id, 'Bedroom TV'],
      [phone.id, 'Ada’s phone'],
    ]);
    expect(await h.data(ada, REMOVE, { id: tv.id })).toEqual({ removeDevice: true });
    expect(await h.data(ada, DEVICE, { id: tv.id })).toEqual({ device: null });
    expect(codes(await h.run(ada, REMOVE, { id: tv.id }))).toEqual(['NOT_FOUND']);
    expect(codes(await h.run(ada, RENAME, { id: tv.id, name: 'Again' }))).toEqual(['NOT_FOUND']);
  });

  it("keeps users apart: another user's device is NOT_FOUND, whatever the operation", async () => {
    const ada = user();
    const bob = user();
    const tv = (await h.data<Registered>(ada, REGISTER, { input: tvInput() })).registerDevice.device;
    expect(await h.data(bob, DEVICES)).toEqual({ devices: [] });
    expect(await h.data(bob, DEVICE, { id: tv.id })).toEqual({ device: null });
    expect(codes(await h.run(bob, RENAME, { id: tv.id, name: 'Mine now' }))).toEqual(['NOT_FOUND']);
    expect(codes(await h.run(bob, REMOVE, { id: tv.id }))).toEqual(['NOT_FOUND']);
    expect(await h.data(ada, DEVICE, { id: tv.id })).toMatchObject({ device: { id: tv.id, name: 'Living room TV' } });
  });

  it('answers malformed and unknown ids as NOT_FOUND, not as a server error', async () => {
    const ada = user();
    expect(await h.data(ada, DEVICE, { id: 'not-a-uuid' })).toEqual({ device: null });
    expect(codes(await h.run(ada, REMOVE, { id: "'; DROP TABLE sync.device; --" }))).toEqual(['NOT_FOUND']);
    expect(codes(await h.run(ada, RENAME, { id: randomUUID(), name: 'x' }))).toEqual(['NOT_FOUND']);
  });

  it('lets an API key act for its user, refuses anonymous callers and services', async () => {
    const ada = user('free');
    const key: Identity = { kind: 'api_key', userId: ada.userId, apiKeyId: randomUUID(), role: 'free', scopes: [] };
    const tv = (await h.data<Registered>(key, REGISTER, { input: tvInput() })).registerDevice.device;
    expect((await h.data<{ devices: { id: string }[] }>(ada, DEVICES)).devices.map((d) => d.id)).toEqual([tv.id]);
    expect(codes(await h.run({ kind: 'anonymous' }, DEVICES))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await h.run({ kind: 'service', clientId: 'cron', scopes: [] }, REGISTER, { input: tvInput() }))).toEqual(['FORBIDDEN']);
  });
});
