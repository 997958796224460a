export type DeviceType = 'PHONE' | 'TABLET' | 'TV' | 'WEB' | 'CLI' | 'DESKTOP';
export type PresenceState = 'IDLE' | 'BROWSING' | 'WATCHING' | 'PAUSED';

export interface PresenceEntry {
  userId: string;
  deviceId: string;
  name: string;
  deviceType: DeviceType;
  platform: string;
  capabilities: { remoteControllable: boolean; canCast: boolean; canReceiveCast: boolean };
  state: PresenceState;
  /** What is playing, when WATCHING/PAUSED. */
  titleId: string | null;
  sessionId: string | null;
  /** Epoch ms. */
  lastSeenAt: number;
}

/**
 * Who is online (PRODUCT_SPEC §8): expiring entries, one per device. Memory for embedded mode; Redis (a key per
 * device with a PX ttl, a per-user set and a sorted-set index by expiry) when replicas share presence. Both pass the
 * same contract suite.
 */
export interface PresenceStore {
  readonly kind: 'memory' | 'redis';
  /** Sets/refreshes the entry, expiring after ttlMs. Returns the previous entry (null when the device was offline). */
  beat(entry: PresenceEntry, ttlMs: number): Promise<PresenceEntry | null>;
  get(userId: string, deviceId: string): Promise<PresenceEntry | null>;
  /** The user's live entries, by deviceId. */
  list(userId: string): Promise<PresenceEntry[]>;
  /** Removes it (device said goodbye / was deleted); returns what was there (null when it had already expired). */
  remove(userId: string, deviceId: string): Promise<PresenceEntry | null>;
  /**
   * Claims entries whose ttl passed by `now`, atomically, so exactly one caller (one replica) sees each timeout. A
   * claimed entry is gone; an entry refreshed by a later beat, or removed, is never claimed.
   */
  claimExpired(now: number): Promise<PresenceEntry[]>;
  close(): Promise<void>;
}
