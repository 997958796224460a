import type { DeviceRecord } from './DeviceRecord.js';
import type { NewDevice } from './validateDeviceInput.js';

export type InsertOutcome =
  | { inserted: DeviceRecord; devices: DeviceRecord[]; limitReached?: undefined }
  | { inserted?: undefined; limitReached: { limit: number; count: number } };

/** The durable device registry. Every call is scoped by the owning user's id: another user's device is not there. */
export interface DeviceStore {
  /**
   * Adds a device unless the user already has `limit` (null: no limit). Counting and inserting are serialised per
   * user, so concurrent registrations can never exceed the limit together. Returns the new device and all of the
   * user's devices, oldest first.
   */
  insertWithinLimit(userId: string, device: NewDevice, limit: number | null): Promise<InsertOutcome>;
  /** Oldest first. */
  list(userId: string): Promise<DeviceRecord[]>;
  get(userId: string, deviceId: string): Promise<DeviceRecord | null>;
  rename(userId: string, deviceId: string, name: string): Promise<DeviceRecord | null>;
  /** Deletes it; returns what was deleted. */
  remove(userId: string, deviceId: string): Promise<DeviceRecord | null>;
  /**
   * Sets `last_seen_at` to `seenAt` unless it already is at `seenAt - minIntervalMs` or later (0: unless it is
   * later). Conditional in SQL, so replicas racing on one device write at most once per interval and time never
   * goes backwards.
   */
  recordSeen(userId: string, deviceId: string, seenAt: Date, minIntervalMs: number): Promise<void>;
}
