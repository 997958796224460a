import type { DeviceCapabilities, DeviceRecord, DeviceType } from './DeviceRecord.js';
import { deviceStatus, effectiveState, type DevicePresenceEntry, type DeviceStatus } from './presenceRules.js';

/** `Device` as the API answers it: the registry row joined with live presence. */
export interface DeviceView {
  id: string;
  name: string;
  type: DeviceType;
  platform: string;
  appVersion: string | null;
  capabilities: DeviceCapabilities;
  status: DeviceStatus;
  state: DevicePresenceEntry['state'] | null;
  /** A `Title` entity stub; the router resolves the rest from catalog. */
  nowPlaying: { id: string } | null;
  lastSeenAt: Date | null;
  createdAt: Date;
}

export function toDeviceView(record: DeviceRecord, presence: DevicePresenceEntry | null, now: number): DeviceView {
  const playing = presence && (presence.state === 'WATCHING' || presence.state === 'PAUSED') ? presence.titleId : null;
  return {
    id: record.id,
    name: record.name,
    type: record.type,
    platform: record.platform,
    appVersion: record.appVersion,
    capabilities: record.capabilities,
    status: deviceStatus(presence),
    state: effectiveState(presence, now),
    nowPlaying: playing ? { id: playing } : null,
    // Live presence is fresher than the row, which is written at most once a minute.
    lastSeenAt: presence ? new Date(presence.lastSeenAt) : record.lastSeenAt,
    createdAt: record.createdAt,
  };
}
