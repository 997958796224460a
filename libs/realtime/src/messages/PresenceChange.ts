import type { PresenceEntry } from '../presence/PresenceStore.js';

export type PresenceChangeKind = 'JOIN' | 'LEAVE' | 'TIMEOUT' | 'STATE';

/**
 * On `channels.devices(userId)`: a device came online (JOIN), said goodbye or was removed (LEAVE), missed its beats
 * (TIMEOUT, from `claimExpired`), or reported a new state/title (STATE). `presence` is the entry after the change,
 * or the last one known for LEAVE/TIMEOUT (null when there was none).
 */
export interface PresenceChange {
  userId: string;
  deviceId: string;
  kind: PresenceChangeKind;
  presence: PresenceEntry | null;
  /** Epoch ms. */
  at: number;
}

const KINDS: readonly string[] = ['JOIN', 'LEAVE', 'TIMEOUT', 'STATE'] satisfies PresenceChangeKind[];

/** Tells a PresenceChange from the CommandAcks sharing its channel. */
export function isPresenceChange(message: unknown): message is PresenceChange {
  const m = message as Partial<PresenceChange> | null;
  return typeof m === 'object' && m !== null && typeof m.deviceId === 'string' && typeof m.kind === 'string' && KINDS.includes(m.kind);
}
