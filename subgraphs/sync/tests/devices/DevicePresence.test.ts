import { channels, MemoryPresenceStore, MemoryPubSub, type PresenceChange } from '@media-gateway/realtime';
import { createLogger } from '@media-gateway/runtime';
import { beforeEach, describe, expect, it } from 'vitest';
import type { DeviceRecord } from '../../src/devices/DeviceRecord.js';
import { DevicePresence } from '../../src/devices/DevicePresence.js';
import { effectiveState } from '../../src/devices/presenceRules.js';
import { validateDeviceInput } from '../../src/devices/validateDeviceInput.js';
import { MemoryDeviceStore } from './MemoryDeviceStore.js';

const USER = '6f1c1c53-8f7e-4a53-9a5e-0d4a4b1e0001';
const TITLE = '0b7f4a3e-0000-4000-8000-000000000001';
const SECOND = 1_000;
const MINUTE = 60 * SECOND;

describe('DevicePresence (§8 heartbeats, events, sweeper)', () => {
  let clock: number;
  let store: MemoryDeviceStore;
  let presence: DevicePresence;
  let events: PresenceChange[];
  let tv: DeviceRecord;

  const now = () => clock;
  const kinds = () => events.map((event) => event.kind);
  const reload = async () => (tv = (await store.get(USER, tv.id))!);
  const beat = async (state: 'BROWSING' | 'WATCHING' | 'IDLE' = 'BROWSING', titleId: string | null = null) => {
    const result = await presence.heartbeat(await reload(), { state, titleId, sessionId: null });
    await reload();
    return result;
  };

  beforeEach(async () => {
    clock = 1_800_000_000_000;
    store = new MemoryDeviceStore(now);
    const pubsub = new MemoryPubSub();
    events = [];
    await pubsub.subscribe(channels.devices(USER), (message) => events.push(message as PresenceChange));
    presence = new DevicePresence({
      store,
      presence: new MemoryPresenceStore(now),
      departures: new MemoryPresenceStore(now),
      pubsub,
      logger: createLogger({ name: 'devices-test', level: 'silent' }),
      now,
    });
    const input = validateDeviceInput({ name: 'TV', type: 'TV', platform: 'Tizen', capabilities: { remoteControllable: true } });
    const outcome = await store.insertWithinLimit(USER, input.value!, null);
    tv = outcome.inserted!;
  });

  it('says JOIN on the first beat, nothing on a plain beat, STATE on a change', async () => {
    expect(await beat()).toMatchObject({ reconcile: true });
    clock += 30 * SECOND;
    expect(await beat()).toMatchObject({ reconcile: false });
    clock += 30 * SECOND;
    await beat('WATCHING', TITLE);
    expect(kinds()).toEqual(['JOIN', 'STATE']);
    expect(events[1]).toMatchObject({ deviceId: tv.id, presence: { state: 'WATCHING', titleId: TITLE }, at: clock });
    expect(events[1]).toHaveProperty('device.name', 'TV');
  });

  it('writes last_seen_at at most once a minute', async () => {
    await beat();
    for (let i = 0; i < 4; i++) {
      clock += 15 * SECOND;
      await beat();
    }
    expect(store.seenWrites).toBe(2);
    expect(tv.lastSeenAt?.getTime()).toBe(clock);
  });

  it('holds LEAVE for the grace period after a goodbye, then publishes it', async () => {
    await beat();
    expect(await presence.disconnect(tv)).toBe(true);
    expect(await presence.get(USER, tv.id)).toBeNull();
    expect(await presence.disconnect(tv)).toBe(false);
    await presence.sweep();
    expect(kinds()).toEqual(['JOIN']);
    clock += 5 * SECOND;
    expect(await presence.sweep()).toEqual({ timedOut: 0, published: 1 });
    expect(kinds()).toEqual(['JOIN', 'LEAVE']);
    expect(events[1]).toMatchObject({ presence: { deviceId: tv.id } });
    expect(events[1]!.presence).not.toHaveProperty('departure');
  });

  it('turns a goodbye and a return within 5 s into one STATE (flapping)', async () => {
    await beat();
    await presence.disconnect(tv);
    clock += 3 * SECOND;
    expect(await beat('WATCHING', TITLE)).toMatchObject({ reconcile: false });
    clock += 10 * SECOND;
    await presence.sweep();
    expect(kinds()).toEqual(['JOIN', 'STATE']);
  });

  it('times a silent device out after 60 s, publishing TIMEOUT once the grace has passed', async () => {
    await beat();
    clock += 60 * SECOND;
    expect(await presence.sweep()).toEqual({ timedOut: 1, published: 0 });
    expect(await presence.get(USER, tv.id)).toBeNull();
    clock += 5 * SECOND;
    expect(await presence.sweep()).toEqual({ timedOut: 0, published: 1 });
    expect(kinds()).toEqual(['JOIN', 'TIMEOUT']);
    // The row keeps the last beat, so the next heartbeat can tell how long it was away.
    expect((await reload()).lastSeenAt?.getTime()).toBe(clock - 65 * SECOND);
  });

  it('turns a timeout and a return within 5 s into one STATE', async () => {
    await beat();
    clock += 61 * SECOND;
    await presence.sweep();
    clock += 2 * SECOND;
    await beat();
    clock += 10 * SECOND;
    await presence.sweep();
    expect(kinds()).toEqual(['JOIN', 'STATE']);
  });

  it('asks for reconciliation after more than 5 minutes away, with a fresh JOIN', async () => {
    await beat();
    await presence.disconnect(tv);
    clock += 5 * SECOND;
    await presence.sweep();
    clock += 5 * MINUTE;
    expect(await beat()).toMatchObject({ reconcile: true });
    expect(kinds()).toEqual(['JOIN', 'LEAVE', 'JOIN']);
  });

  it('publishes LEAVE at once when an online device is removed, and nothing later', async () => {
    await beat();
    await presence.disconnect(tv);
    await presence.removed(tv);
    clock += 10 * SECOND;
    await presence.sweep();
    expect(kinds()).toEqual(['JOIN', 'LEAVE']);
  });

  it('shows IDLE after 5 minutes of browsing without a change, and keeps the start across beats', async () => {
    await beat();
    let entry = (await beat()).entry;
    for (let i = 0; i < 10; i++) {
      clock += 30 * SECOND;
      entry = (await beat()).entry;
    }
    expect(effectiveState(entry, clock)).toBe('IDLE');
    clock += 30 * SECOND;
    entry = (await beat('WATCHING', TITLE)).entry;
    expect(effectiveState(entry, clock)).toBe('WATCHING');
  });
});
