import type { PresenceEntry } from '@media-gateway/realtime';

/** A presence entry with sensible defaults: an online, controllable TV that is browsing. */
export function presenceEntry(overrides: Partial<PresenceEntry> & Pick<PresenceEntry, 'userId' | 'deviceId'>): PresenceEntry {
  return {
    name: 'Living room TV',
    deviceType: 'TV',
    platform: 'Tizen',
    capabilities: { remoteControllable: true, canCast: false, canReceiveCast: true },
    state: 'BROWSING',
    titleId: null,
    sessionId: null,
    lastSeenAt: 1_000,
    ...overrides,
  };
}
