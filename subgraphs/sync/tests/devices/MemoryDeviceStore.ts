import { randomUUID } from 'node:crypto';
import type { DeviceRecord } from '../../src/devices/DeviceRecord.js';
import type { DeviceStore, InsertOutcome } from '../../src/devices/DeviceStore.js';
import type { NewDevice } from '../../src/devices/validateDeviceInput.js';

/** A DeviceStore in memory, for unit tests of the presence rules around it (the Prisma one has integration tests). */
export class MemoryDeviceStore implements DeviceStore {
  readonly rows = new Map<string, DeviceRecord>();
  /** How many `last_seen_at` writes landed: the "not on every beat" rule is counted here. */
  seenWrites = 0;

  constructor(private readonly now: () => number) {}

  async insertWithinLimit(userId: string, device: NewDevice, limit: number | null): Promise<InsertOutcome> {
    const count = (await this.list(userId)).length;
    if (limit !== null && count >= limit) return { limitReached: { limit, count } };
    const inserted: DeviceRecord = { id: randomUUID(), userId, ...device, createdAt: new Date(this.now()), lastSeenAt: null };
    this.rows.set(inserted.id, inserted);
    return { inserted, devices: await this.list(userId) };
  }

  async list(userId: string): Promise<DeviceRecord[]> {
    return [...this.rows.values()].filter((row) => row.userId === userId);
  }

  async get(userId: string, deviceId: string): Promise<DeviceRecord | null> {
    const row = this.rows.get(deviceId);
    return row && row.userId === userId ? { ...row } : null;
  }

  async rename(userId: string, deviceId: string, name: string): Promise<DeviceRecord | null> {
    const row = await this.get(userId, deviceId);
    if (!row) return null;
    this.rows.set(deviceId, { ...row, name });
    return { ...row, name };
  }

  async remove(userId: string, deviceId: string): Promise<DeviceRecord | null> {
    const row = await this.get(userId, deviceId);
    if (row) this.rows.delete(deviceId);
    return row;
  }

  async recordSeen(userId: string, deviceId: string, seenAt: Date, minIntervalMs: number): Promise<void> {
    const row = this.rows.get(deviceId);
    if (!row || row.userId !== userId) return;
    const last = row.lastSeenAt?.getTime() ?? null;
    const due = last === null || (minIntervalMs > 0 ? last <= seenAt.getTime() - minIntervalMs : last < seenAt.getTime());
    if (!due) return;
    row.lastSeenAt = seenAt;
    this.seenWrites += 1;
  }
}
