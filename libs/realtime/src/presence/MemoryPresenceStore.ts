import { RealtimeError } from '../errors.js';
import { checkBeat, checkIds } from './checkBeat.js';
import type { PresenceEntry, PresenceStore } from './PresenceStore.js';

interface Slot {
  json: string;
  expiresAt: number;
}

/**
 * In-process presence for embedded mode. An expired entry stays in its slot, invisible to get/list, until
 * `claimExpired` takes it, because the TIMEOUT message needs what the device last reported.
 */
export class MemoryPresenceStore implements PresenceStore {
  readonly kind = 'memory' as const;
  /** userId → deviceId → slot */
  private readonly users = new Map<string, Map<string, Slot>>();
  private closed = false;

  constructor(private readonly now: () => number = Date.now) {}

  async beat(entry: PresenceEntry, ttlMs: number): Promise<PresenceEntry | null> {
    checkBeat(entry, ttlMs);
    this.checkOpen();
    const devices = this.users.get(entry.userId) ?? new Map<string, Slot>();
    this.users.set(entry.userId, devices);
    const previous = this.live(devices.get(entry.deviceId));
    devices.set(entry.deviceId, { json: JSON.stringify(entry), expiresAt: this.now() + ttlMs });
    return previous;
  }

  async get(userId: string, deviceId: string): Promise<PresenceEntry | null> {
    checkIds(userId, deviceId);
    this.checkOpen();
    return this.live(this.users.get(userId)?.get(deviceId));
  }

  async list(userId: string): Promise<PresenceEntry[]> {
    this.checkOpen();
    const devices = this.users.get(userId);
    if (!devices) return [];
    return [...devices.keys()]
      .sort()
      .map((deviceId) => this.live(devices.get(deviceId)))
      .filter((entry): entry is PresenceEntry => entry !== null);
  }

  async remove(userId: string, deviceId: string): Promise<PresenceEntry | null> {
    checkIds(userId, deviceId);
    this.checkOpen();
    const devices = this.users.get(userId);
    const previous = this.live(devices?.get(deviceId));
    devices?.delete(deviceId);
    if (devices?.size === 0) this.users.delete(userId);
    return previous;
  }

  async claimExpired(now: number): Promise<PresenceEntry[]> {
    this.checkOpen();
    const claimed: { expiresAt: number; entry: PresenceEntry }[] = [];
    for (const [userId, devices] of this.users) {
      for (const [deviceId, slot] of devices) {
        if (slot.expiresAt > now) continue;
        devices.delete(deviceId);
        claimed.push({ expiresAt: slot.expiresAt, entry: JSON.parse(slot.json) as PresenceEntry });
      }
      if (devices.size === 0) this.users.delete(userId);
    }
    // Oldest timeout first, as the Redis index hands them out.
    return claimed.sort((a, b) => a.expiresAt - b.expiresAt).map(({ entry }) => entry);
  }

  async close(): Promise<void> {
    this.closed = true;
    this.users.clear();
  }

  private live(slot: Slot | undefined): PresenceEntry | null {
    if (!slot || slot.expiresAt <= this.now()) return null;
    // A copy: callers must not be able to change the stored entry, as with Redis.
    return JSON.parse(slot.json) as PresenceEntry;
  }

  private checkOpen(): void {
    if (this.closed) throw new RealtimeError('CLOSED', 'the presence store is closed');
  }
}
