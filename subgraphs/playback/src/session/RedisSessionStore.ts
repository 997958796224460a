import { Redis } from 'ioredis';
import type { PlaybackSessionRecord } from './PlaybackSessionRecord.js';
import { SESSION_TTL_MS, type SessionStore } from './SessionStore.js';

export interface RedisSessionStoreOptions {
  redisUrl: string;
  /** Namespaces every key, so services and test runs can share a server. @default 'mg:' */
  keyPrefix?: string;
  /** @default Date.now */
  now?: () => number;
  /** @default 24 h */
  ttlMs?: number;
}

// Compare-and-set: replaces the session only at the version the writer read, and refreshes the user's index.
// KEYS: session key, user index. ARGV: new JSON, expected version, ttl ms, index score (expiry), session id.
const REPLACE = `
local current = redis.call('GET', KEYS[1])
if not current then return 0 end
if cjson.decode(current).version ~= tonumber(ARGV[2]) then return 0 end
redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[3])
redis.call('ZADD', KEYS[2], ARGV[4], ARGV[5])
redis.call('PEXPIRE', KEYS[2], ARGV[3])
return 1`;

/**
 * Sessions in Redis (PRODUCT_SPEC §10), shared by every replica: `playback:session:<id>` holds the JSON with a 24 h
 * expiry refreshed on each write, and `playback:user:<userId>:sessions` is a sorted set of the user's session ids
 * scored by their expiry, so listing drops the ids whose session has gone without scanning keys.
 */
export class RedisSessionStore implements SessionStore {
  readonly kind = 'redis' as const;
  private readonly redis: Redis;
  private readonly now: () => number;
  private readonly ttlMs: number;

  private constructor(options: RedisSessionStoreOptions) {
    // Fail fast while Redis is away (no offline queue): a session write must answer, not hang.
    this.redis = new Redis(options.redisUrl, {
      keyPrefix: options.keyPrefix ?? 'mg:',
      lazyConnect: true,
      maxRetriesPerRequest: 1,
      enableOfflineQueue: false,
    });
    this.redis.on('error', () => {
      // Failures surface on the commands; without a listener ioredis logs every reconnect attempt.
    });
    this.now = options.now ?? Date.now;
    this.ttlMs = options.ttlMs ?? SESSION_TTL_MS;
  }

  static async connect(options: RedisSessionStoreOptions): Promise<RedisSessionStore> {
    const store = new RedisSessionStore(options);
    await store.redis.connect();
    return store;
  }

  async create(session: PlaybackSessionRecord): Promise<void> {
    const results = await this.redis
      .multi()
      .set(sessionKey(session.id), JSON.stringify(session), 'PX', this.ttlMs, 'NX')
      .zadd(userKey(session.userId), this.now() + this.ttlMs, session.id)
      .pexpire(userKey(session.userId), this.ttlMs)
      .exec();
    const failure = results?.find(([error]) => error)?.[0];
    if (failure) throw failure;
    if (results?.[0]?.[1] !== 'OK') throw new Error(`RedisSessionStore.create: session ${session.id} exists`);
  }

  async get(sessionId: string): Promise<PlaybackSessionRecord | null> {
    const json = await this.redis.get(sessionKey(sessionId));
    return json === null ? null : (JSON.parse(json) as PlaybackSessionRecord);
  }

  async replace(session: PlaybackSessionRecord, expectedVersion: number): Promise<boolean> {
    const done = await this.redis.eval(
      REPLACE,
      2,
      sessionKey(session.id),
      userKey(session.userId),
      JSON.stringify(session),
      String(expectedVersion),
      String(this.ttlMs),
      String(this.now() + this.ttlMs),
      session.id,
    );
    return done === 1;
  }

  async remove(session: PlaybackSessionRecord): Promise<void> {
    await this.redis.multi().del(sessionKey(session.id)).zrem(userKey(session.userId), session.id).exec();
  }

  async listForUser(userId: string): Promise<PlaybackSessionRecord[]> {
    const index = userKey(userId);
    await this.redis.zremrangebyscore(index, '-inf', this.now());
    const ids = await this.redis.zrange(index, 0, -1);
    if (ids.length === 0) return [];
    const values = await this.redis.mget(ids.map(sessionKey));
    const sessions: PlaybackSessionRecord[] = [];
    const gone: string[] = [];
    values.forEach((json, i) => (json === null ? gone.push(ids[i]!) : sessions.push(JSON.parse(json) as PlaybackSessionRecord)));
    if (gone.length > 0) await this.redis.zrem(index, ...gone);
    return sessions;
  }

  async deleteForUser(userId: string): Promise<void> {
    const ids = await this.redis.zrange(userKey(userId), 0, -1);
    await this.redis.del(userKey(userId), ...ids.map(sessionKey));
  }

  async close(): Promise<void> {
    this.redis.disconnect();
  }
}

function sessionKey(sessionId: string): string {
  return `playback:session:${sessionId}`;
}

function userKey(userId: string): string {
  return `playback:user:${userId}:sessions`;
}
