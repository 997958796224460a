import type { PlaybackSessionRecord } from './PlaybackSessionRecord.js';

/** §10: sessions are kept 24 hours (counted from their last write). */
export const SESSION_TTL_MS = 24 * 60 * 60 * 1000;

/**
 * Where playback sessions live (PRODUCT_SPEC §10: Redis, 24 h). Implementations: `RedisSessionStore` (shared by
 * every replica) and `MemorySessionStore` (embedded mode, tests); one contract suite holds both to the same
 * behaviour. Writes are compare-and-set on `version`, so two replicas taking reports for one session can't both win.
 */
export interface SessionStore {
  readonly kind: 'memory' | 'redis';
  /** Stores a new session (its id must be unused). */
  create(session: PlaybackSessionRecord): Promise<void>;
  /** The session, whoever owns it (callers check `userId`), or null when unknown or expired. */
  get(sessionId: string): Promise<PlaybackSessionRecord | null>;
  /**
   * Writes `session` if the stored one still has version `expectedVersion`, refreshing its 24 h. False when another
   * write came first or the session expired; the caller reads it again.
   */
  replace(session: PlaybackSessionRecord, expectedVersion: number): Promise<boolean>;
  /** Forgets one session (undoing a create whose Postgres write failed). */
  remove(session: PlaybackSessionRecord): Promise<void>;
  /** Every unexpired session of the user, in no particular order. */
  listForUser(userId: string): Promise<PlaybackSessionRecord[]>;
  /** Forgets every session of the user (account erasure). */
  deleteForUser(userId: string): Promise<void>;
  close(): Promise<void>;
}
