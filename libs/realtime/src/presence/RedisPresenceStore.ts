import type { Redis } from 'ioredis';
import { RealtimeError } from '../errors.js';
import { connectOrDisconnect, createRedisClient } from '../lib/createRedisClient.js';
import { LuaScript } from '../lib/LuaScript.js';
import { checkBeat, checkIds } from './checkBeat.js';
import type { PresenceEntry, PresenceStore } from './PresenceStore.js';

// Layout under the prefix, with member = `<userId>:<deviceId>` (each URI-encoded, so neither part holds a colon):
//   presence:device:<member>  the entry's JSON, PX ttl: get/list read only these, so Redis does the expiring
//   presence:user:<userId>    set of members: what list() looks at
//   presence:expiry           sorted set member → expiresAt: what claimExpired() scans
//   presence:entries          hash member → last JSON: outlives the PX key, so a TIMEOUT still says who timed out
// Every write goes through a script, so the four never disagree and a claim cannot interleave with a beat.

const BEAT = new LuaScript(`
local previous = redis.call('GET', KEYS[1])
redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3])
redis.call('SADD', KEYS[2], ARGV[1])
redis.call('ZADD', KEYS[3], ARGV[4], ARGV[1])
redis.call('HSET', KEYS[4], ARGV[1], ARGV[2])
return previous
`);

const REMOVE = new LuaScript(`
local previous = redis.call('GET', KEYS[1])
redis.call('DEL', KEYS[1])
redis.call('SREM', KEYS[2], ARGV[1])
redis.call('ZREM', KEYS[3], ARGV[1])
redis.call('HDEL', KEYS[4], ARGV[1])
return previous
`);

// A refreshed entry has a later score, so it is not in the range; a claimed one is gone from the index, so a second
// replica running the same script right after finds nothing. The script runs atomically: no check-then-act window.
const CLAIM = new LuaScript(`
local members = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[1], 'LIMIT', 0, tonumber(ARGV[2]))
local claimed = {}
for _, member in ipairs(members) do
  redis.call('ZREM', KEYS[1], member)
  local json = redis.call('HGET', KEYS[2], member)
  redis.call('HDEL', KEYS[2], member)
  redis.call('DEL', ARGV[3] .. 'presence:device:' .. member)
  redis.call('SREM', ARGV[3] .. 'presence:user:' .. string.match(member, '^([^:]*):'), member)
  if json then table.insert(claimed, json) end
end
return {#members, claimed}
`);

const CLAIM_BATCH = 500;

export class RedisPresenceStore implements PresenceStore {
  readonly kind = 'redis' as const;
  private readonly redis: Redis;
  private closed = false;

  constructor(
    url: string,
    private readonly keyPrefix = 'mg:rt:',
    private readonly now: () => number = Date.now,
  ) {
    this.redis = createRedisClient(url);
  }

  async connect(): Promise<this> {
    await connectOrDisconnect(this.redis);
    return this;
  }

  async beat(entry: PresenceEntry, ttlMs: number): Promise<PresenceEntry | null> {
    checkBeat(entry, ttlMs);
    this.checkOpen();
    const member = memberOf(entry.userId, entry.deviceId);
    const ttl = Math.ceil(ttlMs);
    const previous = await BEAT.run(this.redis, this.keysOf(entry.userId, member), [member, JSON.stringify(entry), ttl, this.now() + ttl]);
    return parseEntry(previous);
  }

  async get(userId: string, deviceId: string): Promise<PresenceEntry | null> {
    checkIds(userId, deviceId);
    this.checkOpen();
    return parseEntry(await this.redis.get(this.deviceKey(memberOf(userId, deviceId))));
  }

  async list(userId: string): Promise<PresenceEntry[]> {
    this.checkOpen();
    const members = await this.redis.smembers(this.userKey(userId));
    if (members.length === 0) return [];
    const values = await this.redis.mget(members.map((member) => this.deviceKey(member)));
    return values
      .map(parseEntry)
      .filter((entry): entry is PresenceEntry => entry !== null)
      .sort((a, b) => (a.deviceId < b.deviceId ? -1 : a.deviceId > b.deviceId ? 1 : 0));
  }

  async remove(userId: string, deviceId: string): Promise<PresenceEntry | null> {
    checkIds(userId, deviceId);
    this.checkOpen();
    const member = memberOf(userId, deviceId);
    return parseEntry(await REMOVE.run(this.redis, this.keysOf(userId, member), [member]));
  }

  async claimExpired(now: number): Promise<PresenceEntry[]> {
    this.checkOpen();
    const claimed: PresenceEntry[] = [];
    for (;;) {
      const [scanned, batch] = (await CLAIM.run(
        this.redis,
        [`${this.keyPrefix}presence:expiry`, `${this.keyPrefix}presence:entries`],
        [Math.floor(now), CLAIM_BATCH, this.keyPrefix],
      )) as [number, string[]];
      for (const json of batch) claimed.push(JSON.parse(json) as PresenceEntry);
      if (scanned < CLAIM_BATCH) return claimed;
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    this.redis.disconnect();
  }

  private keysOf(userId: string, member: string): string[] {
    const p = this.keyPrefix;
    return [this.deviceKey(member), this.userKey(userId), `${p}presence:expiry`, `${p}presence:entries`];
  }

  private deviceKey(member: string): string {
    return `${this.keyPrefix}presence:device:${member}`;
  }

  private userKey(userId: string): string {
    return `${this.keyPrefix}presence:user:${encodeURIComponent(userId)}`;
  }

  private checkOpen(): void {
    if (this.closed) throw new RealtimeError('CLOSED', 'the presence store is closed');
  }
}

function memberOf(userId: string, deviceId: string): string {
  return `${encodeURIComponent(userId)}:${encodeURIComponent(deviceId)}`;
}

function parseEntry(json: unknown): PresenceEntry | null {
  return typeof json === 'string' ? (JSON.parse(json) as PresenceEntry) : null;
}
