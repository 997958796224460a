import type { PresenceEntry } from './PresenceStore.js';

/** Caller misuse, so a TypeError: the devices resolver builds entries from validated input. */
export function checkBeat(entry: PresenceEntry, ttlMs: number): void {
  if (!(Number.isFinite(ttlMs) && ttlMs > 0)) throw new TypeError(`ttlMs must be a positive number, got ${ttlMs}`);
  checkIds(entry?.userId, entry?.deviceId);
}

export function checkIds(userId: string, deviceId: string): void {
  if (typeof userId !== 'string' || userId.length === 0) throw new TypeError(`userId must be a non-empty string, got ${JSON.stringify(userId)}`);
  if (typeof deviceId !== 'string' || deviceId.length === 0) {
    throw new TypeError(`deviceId must be a non-empty string, got ${JSON.stringify(deviceId)}`);
  }
}
