import type { PresenceEntry } from '@media-gateway/realtime';
import { describe, expect, it } from 'vitest';
import {
  deviceStatus,
  effectiveState,
  lastSeenWriteDue,
  needsReconcile,
  normalizeBeat,
  presenceChangeOnBeat,
  stateSince,
  type DevicePresenceEntry,
} from '../../src/devices/presenceRules.js';

const T0 = 1_800_000_000_000;
const MINUTE = 60_000;

const entry = (overrides: Partial<DevicePresenceEntry> = {}): DevicePresenceEntry => ({
  userId: 'u',
  deviceId: 'd',
  name: 'TV',
  deviceType: 'TV',
  platform: 'Tizen',
  capabilities: { remoteControllable: true, canCast: false, canReceiveCast: true },
  state: 'BROWSING',
  titleId: null,
  sessionId: null,
  lastSeenAt: T0,
  ...overrides,
});
const browsing = { state: 'BROWSING', titleId: null, sessionId: null } as const;
const watching = (titleId: string) => ({ state: 'WATCHING', titleId, sessionId: 's1' }) as const;

describe('presenceChangeOnBeat (§8 presence events)', () => {
  it('is JOIN for a device that was offline with nothing held', () => {
    expect(presenceChangeOnBeat(null, null, browsing)).toBe('JOIN');
  });

  it('is STATE, not LEAVE + JOIN, for a device back within the departure grace (flapping)', () => {
    expect(presenceChangeOnBeat(null, entry(), browsing)).toBe('STATE');
    expect(presenceChangeOnBeat(null, entry(), watching('t1'))).toBe('STATE');
  });

  it('is STATE when the state, title or session changed, and nothing for a plain beat', () => {
    expect(presenceChangeOnBeat(entry(), null, browsing)).toBeNull();
    expect(presenceChangeOnBeat(entry(), null, watching('t1'))).toBe('STATE');
    const playing = entry({ state: 'WATCHING', titleId: 't1', sessionId: 's1' });
    expect(presenceChangeOnBeat(playing, null, watching('t1'))).toBeNull();
    expect(presenceChangeOnBeat(playing, null, watching('t2'))).toBe('STATE');
    expect(presenceChangeOnBeat(playing, null, { ...watching('t1'), sessionId: 's2' })).toBe('STATE');
    expect(presenceChangeOnBeat(playing, null, { state: 'PAUSED', titleId: 't1', sessionId: 's1' })).toBe('STATE');
  });
});

describe('normalizeBeat', () => {
  it('drops title and session unless WATCHING or PAUSED', () => {
    expect(normalizeBeat({ state: 'BROWSING', titleId: 't', sessionId: 's' })).toEqual(browsing);
    expect(normalizeBeat({ state: 'PAUSED', titleId: 't', sessionId: 's' })).toEqual({ state: 'PAUSED', titleId: 't', sessionId: 's' });
  });
});

describe('needsReconcile (§8 "offline > 5 min requests full-state reconciliation")', () => {
  it('is false while online and for a short absence, true past 5 minutes or when never seen', () => {
    expect(needsReconcile(true, null, T0)).toBe(false);
    expect(needsReconcile(false, null, T0)).toBe(true);
    expect(needsReconcile(false, T0 - 5 * MINUTE, T0)).toBe(false);
    expect(needsReconcile(false, T0 - 5 * MINUTE - 1, T0)).toBe(true);
  });
});

describe('deviceStatus and effectiveState', () => {
  it('derives OFFLINE / ONLINE / WATCHING from presence', () => {
    expect(deviceStatus(null)).toBe('OFFLINE');
    expect(deviceStatus(entry())).toBe('ONLINE');
    expect(deviceStatus(entry({ state: 'IDLE' }))).toBe('ONLINE');
    expect(deviceStatus(entry({ state: 'WATCHING' }))).toBe('WATCHING');
    expect(deviceStatus(entry({ state: 'PAUSED' }))).toBe('WATCHING');
  });

  it('shows IDLE when the device says so or has been browsing unchanged for 5 minutes', () => {
    expect(effectiveState(null, T0)).toBeNull();
    expect(effectiveState(entry({ state: 'IDLE' }), T0)).toBe('IDLE');
    const since = entry({ stateSince: T0, lastSeenAt: T0 + 4 * MINUTE });
    expect(effectiveState(since, T0 + 5 * MINUTE - 1)).toBe('BROWSING');
    expect(effectiveState(since, T0 + 5 * MINUTE)).toBe('IDLE');
  });

  it('never turns WATCHING or PAUSED idle by time', () => {
    expect(effectiveState(entry({ state: 'WATCHING', stateSince: T0 }), T0 + 120 * MINUTE)).toBe('WATCHING');
    expect(effectiveState(entry({ state: 'PAUSED', stateSince: T0 }), T0 + 120 * MINUTE)).toBe('PAUSED');
  });

  it('counts an entry without stateSince from its last beat', () => {
    const plain: PresenceEntry = entry();
    expect(effectiveState(plain, T0 + 5 * MINUTE)).toBe('IDLE');
  });
});

describe('stateSince', () => {
  it('carries the start of the state over while it stays, and restarts it on a change', () => {
    expect(stateSince(null, 'BROWSING', T0)).toBe(T0);
    expect(stateSince(entry({ stateSince: T0 - MINUTE }), 'BROWSING', T0)).toBe(T0 - MINUTE);
    expect(stateSince(entry({ stateSince: T0 - MINUTE }), 'WATCHING', T0)).toBe(T0);
    expect(stateSince(entry({ lastSeenAt: T0 - 30_000 }), 'BROWSING', T0)).toBe(T0 - 30_000);
  });
});

describe('lastSeenWriteDue', () => {
  it('writes Postgres at most once a minute', () => {
    expect(lastSeenWriteDue(null, T0)).toBe(true);
    expect(lastSeenWriteDue(T0 - MINUTE + 1, T0)).toBe(false);
    expect(lastSeenWriteDue(T0 - MINUTE, T0)).toBe(true);
  });
});
