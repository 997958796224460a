import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import { MfaAttemptPolicy, type MfaAttemptDecision } from '../mfa/MfaAttemptPolicy.js';
import type { AttemptLimiter } from './AttemptLimiter.js';

export interface RedisAttemptLimiterOptions {
  /**
   * Namespace of every counter; a key is `<prefix><limiter key>`, e.g. `mg:identity:attempts:mfa:<user>` (§6
   * names it `mfa:attempts:{user}`).
   * @default 'mg:identity:attempts:'
   */
  keyPrefix?: string;
}

/**
 * One attempt, atomically: drop failures that left the window, and count this one only while fewer than the
 * maximum remain. Redis runs a script without interleaving, so N replicas racing on one key still allow exactly
 * MAX_FAILURES attempts a window. Returns 1 when counted, else the scores still in the window for the policy to
 * compute Retry-After from.
 *   KEYS[1] the sorted set (member: unique id, score: attempt time in ms)
 *   ARGV    now ms, window ms, max failures, member
 */
const BEGIN = `
local now = tonumber(ARGV[1])
local window = tonumber(ARGV[2])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
if redis.call('ZCARD', KEYS[1]) < tonumber(ARGV[3]) then
  redis.call('ZADD', KEYS[1], now, ARGV[4])
  redis.call('PEXPIRE', KEYS[1], window)
  return 1
end
return redis.call('ZRANGE', KEYS[1], 0, -1, 'WITHSCORES')`;

/**
 * `AttemptLimiter` in Redis (§6: `mfa:attempts:{user}`, 5 a minute, reset on success), shared by every identity
 * replica, so a guesser gets 5 tries a minute in total rather than 5 per replica as with `MemoryAttemptLimiter`.
 * Each key is a sorted set of failure times with a one-minute TTL; the decision follows `MfaAttemptPolicy`, whose
 * constants the script is given.
 *
 * A Redis failure rejects `begin`, and the request fails: a limiter that cannot count must not let guesses through
 * (§15 "Deny on error"). The caller owns the client (connects it, quits it on shutdown).
 */
export class RedisAttemptLimiter implements AttemptLimiter {
  private readonly keyPrefix: string;

  constructor(
    private readonly redis: Redis,
    options: RedisAttemptLimiterOptions = {},
  ) {
    this.keyPrefix = options.keyPrefix ?? 'mg:identity:attempts:';
    if (typeof this.keyPrefix !== 'string' || this.keyPrefix.length === 0) throw new TypeError('options.keyPrefix must be a non-empty string');
  }

  async begin(key: string, now: Date): Promise<MfaAttemptDecision> {
    const result = await this.redis.eval(
      BEGIN,
      1,
      this.key(key),
      String(now.getTime()),
      String(MfaAttemptPolicy.WINDOW_MS),
      String(MfaAttemptPolicy.MAX_FAILURES),
      // Unique, so two attempts in the same millisecond are two members, not one.
      `${now.getTime()}:${randomUUID()}`,
    );
    if (result === 1) return { allowed: true };
    const failures = scoresOf(result).map((ms) => new Date(ms));
    const decision = MfaAttemptPolicy.check(failures, now);
    // The script refused because the window is full; the policy agrees on the same list and says how long to wait.
    return decision.allowed ? { allowed: false, retryAfterSeconds: 1 } : decision;
  }

  async reset(key: string): Promise<void> {
    await this.redis.del(this.key(key));
  }

  private key(key: string): string {
    if (typeof key !== 'string' || key.length === 0) throw new TypeError('key must be a non-empty string');
    return `${this.keyPrefix}${key}`;
  }
}

/** `ZRANGE … WITHSCORES` answers [member, score, member, score, …]. */
function scoresOf(reply: unknown): number[] {
  if (!Array.isArray(reply)) throw new Error(`RedisAttemptLimiter: unexpected script reply ${JSON.stringify(reply)}`);
  const scores: number[] = [];
  for (let i = 1; i < reply.length; i += 2) scores.push(Number(reply[i]));
  return scores;
}
