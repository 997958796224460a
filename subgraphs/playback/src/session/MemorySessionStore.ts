import type { PlaybackSessionRecord } from './PlaybackSessionRecord.js';
import { SESSION_TTL_MS, type SessionStore } from './SessionStore.js';

/** Sessions in this process (embedded mode, tests): the same expiry and compare-and-set as Redis. */
export class MemorySessionStore implements SessionStore {
  readonly kind = 'memory' as const;
  private readonly sessions = new Map<string, { session: PlaybackSessionRecord; expiresAt: number }>();
  private readonly now: () => number;
  private readonly ttlMs: number;

  constructor(options: { now?: () => number; ttlMs?: number } = {}) {
    this.now = options.now ?? Date.now;
    this.ttlMs = options.ttlMs ?? SESSION_TTL_MS;
  }

  async create(session: PlaybackSessionRecord): Promise<void> {
    if (this.live(session.id)) throw new Error(`MemorySessionStore.create: session ${session.id} exists`);
    this.put(session);
  }

  async get(sessionId: string): Promise<PlaybackSessionRecord | null> {
    const entry = this.live(sessionId);
    return entry ? structuredClone(entry.session) : null;
  }

  async replace(session: PlaybackSessionRecord, expectedVersion: number): Promise<boolean> {
    const entry = this.live(session.id);
    if (!entry || entry.session.version !== expectedVersion) return false;
    this.put(session);
    return true;
  }

  async remove(session: PlaybackSessionRecord): Promise<void> {
    this.sessions.delete(session.id);
  }

  async listForUser(userId: string): Promise<PlaybackSessionRecord[]> {
    const found: PlaybackSessionRecord[] = [];
    for (const id of [...this.sessions.keys()]) {
      const entry = this.live(id);
      if (entry?.session.userId === userId) found.push(structuredClone(entry.session));
    }
    return found;
  }

  async deleteForUser(userId: string): Promise<void> {
    for (const [id, entry] of this.sessions) if (entry.session.userId === userId) this.sessions.delete(id);
  }

  async close(): Promise<void> {
    this.sessions.clear();
  }

  private put(session: PlaybackSessionRecord): void {
    this.sessions.set(session.id, { session: structuredClone(session), expiresAt: this.now() + this.ttlMs });
  }

  private live(id: string) {
    const entry = this.sessions.get(id);
    if (entry && entry.expiresAt <= this.now()) {
      this.sessions.delete(id);
      return undefined;
    }
    return entry;
  }
}
