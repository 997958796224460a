import { randomUUID } from 'node:crypto';
import { REDIS_SKIP_REASON, testRedisUrl } from '@media-gateway/testing';
import type { ExecutionResult } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codes, createDeviceHarness, isStream, nextEvent, user, type DeviceHarness } from './support/deviceHarness.js';
import { ACK, COMMAND, COMMAND_STATUS_CHANGED, DEVICE_COMMANDS, HEARTBEAT, REGISTER, SEND, phoneInput, tvInput } from './support/operations.js';

const redis = testRedisUrl();
if (!redis) console.warn(`devices commands suite skipped: ${REDIS_SKIP_REASON}`);

const TITLE = '3f2b8c1e-5d4a-4c7b-9e1f-2a3b4c5d6e7f';

interface Command {
  id: string;
  type: string;
  status: string;
  sourceDeviceId: string | null;
  targetDeviceId: string;
  params: Record<string, unknown>;
  hlc: string;
  issuedAt: string;
  expiresAt: string;
  attempts: number;
  error: string | null;
  deduplicated: boolean;
}

describe.skipIf(!redis)('remote commands (§8) through GraphQL and Redis', () => {
  let h: DeviceHarness;
  beforeAll(async () => {
    h = await createDeviceHarness('devices-commands');
  });
  afterAll(async () => {
    await h?.dispose();
  });

  /** A premium user with a TV (controllable, cast target) and a phone, both online; the TV plays `TITLE`. */
  const household = async () => {
    const owner = user('premium');
    const register = async (input: Record<string, unknown>) =>
      (await h.data<{ registerDevice: { device: { id: string } } }>(owner, REGISTER, { input })).registerDevice.device.id;
    const tv = await register(tvInput());
    const phone = await register(phoneInput());
    await h.data(owner, HEARTBEAT, { deviceId: tv, state: 'WATCHING', titleId: TITLE });
    await h.data(owner, HEARTBEAT, { deviceId: phone });
    return { owner, tv, phone, register };
  };
  const send = (identity: ReturnType<typeof user>, input: Record<string, unknown>) => h.run(identity, SEND, { input });
  const stream = async (identity: ReturnType<typeof user>, source: string, variables?: Record<string, unknown>) => {
    const opened = await h.subscribe(identity, source, variables);
    if (!isStream(opened)) throw new Error(`subscription refused: ${JSON.stringify(opened.errors)}`);
    return opened as AsyncGenerator<ExecutionResult>;
  };

  it('delivers a command to the target and walks it through RECEIVED → EXECUTING → COMPLETED', async () => {
    const { owner, tv, phone } = await household();
    const inbox = await stream(owner, DEVICE_COMMANDS, { deviceId: tv });
    const statuses = await stream(owner, COMMAND_STATUS_CHANGED);

    const sent = await send(owner, { sourceDeviceId: phone, targetDeviceId: tv, type: 'SEEK', params: { positionSeconds: 754.5 } });
    expect(sent.errors).toBeUndefined();
    const command = (sent.data as { sendDeviceCommand: Command }).sendDeviceCommand;
    expect(command).toMatchObject({
      type: 'SEEK',
      status: 'PENDING',
      sourceDeviceId: phone,
      targetDeviceId: tv,
      params: { positionSeconds: 754.5, title: null, level: null },
      attempts: 1,
      error: null,
      deduplicated: false,
    });
    expect(Date.parse(command.expiresAt) - Date.parse(command.issuedAt)).toBe(5_000);
    expect(command.hlc).toMatch(/^\d{15}-\d{5}-server$/);

    expect((await nextEvent<{ deviceCommands: Command }>(inbox)).deviceCommands).toMatchObject({ id: command.id, type: 'SEEK' });

    for (const status of ['RECEIVED', 'EXECUTING', 'COMPLETED']) {
      const acked = await h.run(owner, ACK, { deviceId: tv, commandId: command.id, status });
      expect((acked.data as { acknowledgeCommand: Command }).acknowledgeCommand.status).toBe(status);
      expect((await nextEvent<{ commandStatusChanged: { id: string; status: string } }>(statuses)).commandStatusChanged).toEqual({
        id: command.id,
        status,
        error: null,
      });
    }
    // Never backwards; a repeat of the final status is answered with the record.
    const backwards = await h.run(owner, ACK, { deviceId: tv, commandId: command.id, status: 'EXECUTING' });
    expect(codes(backwards)).toEqual(['CONFLICT']);
    expect(codes(await h.run(owner, ACK, { deviceId: tv, commandId: command.id, status: 'COMPLETED' }))).toEqual([]);
    expect(await h.data(owner, COMMAND, { id: command.id })).toMatchObject({ deviceCommand: { id: command.id, status: 'COMPLETED' } });
    await inbox.return(undefined);
    await statuses.return(undefined);
  });

  it('carries params to the target as the API types them (title as an entity stub) and reports FAILED with its error', async () => {
    const { owner, tv, phone } = await household();
    const sent = await send(owner, { sourceDeviceId: phone, targetDeviceId: tv, type: 'LOAD', params: { titleId: TITLE, positionSeconds: 30 } });
    const command = (sent.data as { sendDeviceCommand: Command }).sendDeviceCommand;
    expect(command.params).toEqual({
      positionSeconds: 30,
      title: { id: TITLE },
      sessionId: null,
      level: null,
      muted: null,
      profileId: null,
      quality: null,
      language: null,
    });
    const failed = await h.data<{ acknowledgeCommand: Command }>(owner, ACK, { deviceId: tv, commandId: command.id, status: 'FAILED', error: 'title unavailable' });
    expect(failed.acknowledgeCommand).toMatchObject({ status: 'FAILED', error: 'title unavailable' });
  });

  it('returns the first of two identical commands within a second, marked deduplicated', async () => {
    const { owner, tv } = await household();
    const input = { targetDeviceId: tv, type: 'SET_VOLUME', params: { level: 40 } };
    const first = ((await send(owner, input)).data as { sendDeviceCommand: Command }).sendDeviceCommand;
    const second = ((await send(owner, input)).data as { sendDeviceCommand: Command }).sendDeviceCommand;
    expect(second).toMatchObject({ id: first.id, deduplicated: true });
  });

  it('refuses offline, unknown, uncontrollable and idle targets with their codes', async () => {
    const { owner, tv, phone, register } = await household();
    const offline = await register(tvInput({ name: 'Bedroom TV' }));
    expect(codes(await send(owner, { targetDeviceId: offline, type: 'PLAY' }))).toEqual(['DEVICE_OFFLINE']);
    expect(codes(await send(owner, { targetDeviceId: randomUUID(), type: 'PLAY' }))).toEqual(['NOT_FOUND']);
    expect(codes(await send(owner, { sourceDeviceId: randomUUID(), targetDeviceId: tv, type: 'PAUSE' }))).toEqual(['NOT_FOUND']);
    // The phone is online but not remote-controllable, and cannot receive a cast.
    expect(codes(await send(owner, { targetDeviceId: phone, type: 'SET_VOLUME', params: { level: 10 } }))).toEqual(['DEVICE_NOT_CONTROLLABLE']);
    expect(codes(await send(owner, { targetDeviceId: phone, type: 'CAST', params: { titleId: TITLE } }))).toEqual(['DEVICE_NOT_CONTROLLABLE']);
    await h.data(owner, HEARTBEAT, { deviceId: tv, state: 'BROWSING' });
    const seek = await send(owner, { targetDeviceId: tv, type: 'SEEK', params: { positionSeconds: 10 } });
    expect(seek.errors?.[0]?.extensions).toEqual({ code: 'NOTHING_PLAYING' });
    const bad = await send(owner, { targetDeviceId: tv, type: 'SEEK', params: { positionSeconds: -1, level: 3 } });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0]?.extensions?.problems).toHaveLength(2);
  });

  it('answers an acknowledgement after expiry with CONFLICT, and reads the command as EXPIRED', async () => {
    const { owner, tv } = await household();
    const command = ((await send(owner, { targetDeviceId: tv, type: 'PAUSE' })).data as { sendDeviceCommand: Command }).sendDeviceCommand;
    h.clock.now += 5_001;
    expect(codes(await h.run(owner, ACK, { deviceId: tv, commandId: command.id, status: 'RECEIVED' }))).toEqual(['CONFLICT']);
    expect(await h.data(owner, COMMAND, { id: command.id })).toMatchObject({ deviceCommand: { status: 'EXPIRED' } });
  });

  it('only lets the target acknowledge, and unknown commands are NOT_FOUND', async () => {
    const { owner, tv, phone } = await household();
    const command = ((await send(owner, { targetDeviceId: tv, type: 'STOP' })).data as { sendDeviceCommand: Command }).sendDeviceCommand;
    expect(codes(await h.run(owner, ACK, { deviceId: phone, commandId: command.id, status: 'RECEIVED' }))).toEqual(['NOT_FOUND']);
    expect(codes(await h.run(owner, ACK, { deviceId: tv, commandId: randomUUID(), status: 'RECEIVED' }))).toEqual(['NOT_FOUND']);
    expect(await h.data(owner, COMMAND, { id: randomUUID() })).toEqual({ deviceCommand: null });
  });

  it("keeps users apart: nobody commands, acknowledges, reads or subscribes to another user's devices", async () => {
    const ada = await household();
    const bob = await household();
    // Bob's own phone as the source does not make Ada's TV his.
    expect(codes(await send(bob.owner, { sourceDeviceId: bob.phone, targetDeviceId: ada.tv, type: 'PAUSE' }))).toEqual(['NOT_FOUND']);
    expect(codes(await send(bob.owner, { sourceDeviceId: ada.phone, targetDeviceId: bob.tv, type: 'PAUSE' }))).toEqual(['NOT_FOUND']);

    const command = ((await send(ada.owner, { targetDeviceId: ada.tv, type: 'PAUSE' })).data as { sendDeviceCommand: Command }).sendDeviceCommand;
    expect(await h.data(bob.owner, COMMAND, { id: command.id })).toEqual({ deviceCommand: null });
    expect(codes(await h.run(bob.owner, ACK, { deviceId: ada.tv, commandId: command.id, status: 'RECEIVED' }))).toEqual(['NOT_FOUND']);
    expect(codes(await h.run(bob.owner, ACK, { deviceId: bob.tv, commandId: command.id, status: 'RECEIVED' }))).toEqual(['NOT_FOUND']);

    // Refused before any stream exists.
    const refused = await h.subscribe(bob.owner, DEVICE_COMMANDS, { deviceId: ada.tv });
    expect(isStream(refused)).toBe(false);
    expect(codes(refused as ExecutionResult)).toEqual(['NOT_FOUND']);

    // Bob's status stream hears his own command's ack, never Ada's.
    const bobs = await stream(bob.owner, COMMAND_STATUS_CHANGED);
    await h.data(ada.owner, ACK, { deviceId: ada.tv, commandId: command.id, status: 'RECEIVED' });
    const own = ((await send(bob.owner, { targetDeviceId: bob.tv, type: 'PAUSE' })).data as { sendDeviceCommand: Command }).sendDeviceCommand;
    await h.data(bob.owner, ACK, { deviceId: bob.tv, commandId: own.id, status: 'RECEIVED' });
    expect((await nextEvent<{ commandStatusChanged: { id: string } }>(bobs)).commandStatusChanged.id).toBe(own.id);
    await bobs.return(undefined);
  });
});
