import { describe, expect, it } from 'vitest';
import type { DeviceRecord } from '../../src/devices/DeviceRecord.js';
import { deviceOwner } from '../../src/devices/deviceOwner.js';
import { toDeviceView } from '../../src/devices/deviceView.js';
import type { DevicePresenceEntry } from '../../src/devices/presenceRules.js';

const T0 = 1_800_000_000_000;
const TITLE = '3f2b8c1e-5d4a-4c7b-9e1f-2a3b4c5d6e7f';

const record: DeviceRecord = {
  id: 'tv',
  userId: 'u',
  name: 'TV',
  type: 'TV',
  platform: 'Tizen',
  appVersion: null,
  capabilities: { maxResolution: '4K', hdrFormats: [], atmos: false, remoteControllable: true, canCast: false, canReceiveCast: true, supportedPlatforms: [] },
  createdAt: new Date(T0 - 86_400_000),
  lastSeenAt: new Date(T0 - 3_600_000),
};
const live = (overrides: Partial<DevicePresenceEntry>): DevicePresenceEntry => ({
  userId: 'u',
  deviceId: 'tv',
  name: 'TV',
  deviceType: 'TV',
  platform: 'Tizen',
  capabilities: { remoteControllable: true, canCast: false, canReceiveCast: true },
  state: 'BROWSING',
  titleId: null,
  sessionId: null,
  lastSeenAt: T0,
  stateSince: T0,
  ...overrides,
});

describe('toDeviceView', () => {
  it('is OFFLINE with the stored last-seen time without presence', () => {
    expect(toDeviceView(record, null, T0)).toMatchObject({ status: 'OFFLINE', state: null, nowPlaying: null, lastSeenAt: record.lastSeenAt });
  });

  it('takes status, state, what plays and the last beat from presence', () => {
    expect(toDeviceView(record, live({ state: 'PAUSED', titleId: TITLE }), T0)).toMatchObject({
      status: 'WATCHING',
      state: 'PAUSED',
      nowPlaying: { id: TITLE },
      lastSeenAt: new Date(T0),
    });
    expect(toDeviceView(record, live({ state: 'BROWSING', titleId: TITLE }), T0).nowPlaying).toBeNull();
  });
});

describe('deviceOwner', () => {
  it('lets users and their API keys own devices, not anonymous callers or services', () => {
    expect(deviceOwner({ kind: 'user', userId: 'u', role: 'premium', scopes: [] })).toEqual({ userId: 'u', role: 'premium' });
    expect(deviceOwner({ kind: 'api_key', userId: 'u', apiKeyId: 'k', role: 'free', scopes: [] })).toEqual({ userId: 'u', role: 'free' });
    expect(() => deviceOwner({ kind: 'anonymous' })).toThrow(expect.objectContaining({ extensions: { code: 'UNAUTHENTICATED' } }));
    expect(() => deviceOwner({ kind: 'service', clientId: 'c', scopes: [] })).toThrow(expect.objectContaining({ extensions: { code: 'FORBIDDEN' } }));
  });
});
