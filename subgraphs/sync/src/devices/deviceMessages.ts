import type { PresenceChange } from '@media-gateway/realtime';
import type { DeviceCapabilities, DeviceRecord, DeviceType } from './DeviceRecord.js';

/** A device row as it travels in a message: JSON, so times are epoch ms. */
export interface DeviceSnapshot {
  id: string;
  name: string;
  type: DeviceType;
  platform: string;
  appVersion: string | null;
  capabilities: DeviceCapabilities;
  createdAt: number;
  lastSeenAt: number | null;
}

/**
 * The `PresenceChange` this module publishes, plus the registry row at the time. Subscribers build `Device` from it
 * without a database read per event and subscriber — and a LEAVE of a removed device has no row left to read.
 * Consumers that only know `PresenceChange` ignore the extra field.
 */
export type DevicePresenceChange = PresenceChange & { device?: DeviceSnapshot };

export function toSnapshot(record: DeviceRecord): DeviceSnapshot {
  return {
    id: record.id,
    name: record.name,
    type: record.type,
    platform: record.platform,
    appVersion: record.appVersion,
    capabilities: record.capabilities,
    createdAt: record.createdAt.getTime(),
    lastSeenAt: record.lastSeenAt?.getTime() ?? null,
  };
}

export function fromSnapshot(userId: string, snapshot: DeviceSnapshot): DeviceRecord {
  return {
    ...snapshot,
    userId,
    createdAt: new Date(snapshot.createdAt),
    lastSeenAt: snapshot.lastSeenAt === null ? null : new Date(snapshot.lastSeenAt),
  };
}
