import type { Redis } from 'ioredis';
import { revocationPolicy, type RevocationPolicy } from './revocationPolicy.js';
import type { TokenRevocationCheck, TokenRevocations, TokenRevocationsOptions } from './TokenRevocations.js';

export interface RedisTokenRevocationsOptions extends TokenRevocationsOptions {
  /**
   * Namespace of every entry. The identity service (writer) and every router replica (readers) must agree on it.
   * @default 'mg:revoked:'
   */
  keyPrefix?: string;
  /**
   * Longest wait for Redis. A check that times out rejects, and the router denies the request with a 503 rather
   * than let a hung connection stall every request.
   * @default 500
   */
  timeoutMs?: number;
}

// Keep the later of two cut-offs: it covers everything the earlier one does, and its entry lives longer.
const REVOKE_SUBJECT = `
local current = tonumber(redis.call('GET', KEYS[1]))
if current == nil or current < tonumber(ARGV[1]) then
  redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
end
return 1`;

// Never shorten an entry: revoking one token twice with different expiries keeps the later one.
const LIST = `
if redis.call('PTTL', KEYS[1]) < tonumber(ARGV[1]) then
  redis.call('SET', KEYS[1], '1', 'PX', ARGV[1])
end
return 1`;

/**
 * `TokenRevocations` in Redis, shared by the identity service (which records revocations) and every router replica
 * (which checks each bearer token against it): a revocation is visible to all of them as soon as the write returns,
 * well inside §6's 5 s. Keys: `<prefix>sub:<sub>` (the cut-off in epoch ms), `<prefix>grant:<grantId>` and
 * `<prefix>jti:<jti>`, each with a TTL from `revocationPolicy`, so Redis drops an entry once no token it covers can
 * still pass verification. A check is one MGET.
 *
 * The caller owns the client (connects it, quits it on shutdown), as with `createRateLimiter`. Give it
 * `enableOfflineQueue: false` so a check fails at once while Redis is down instead of waiting for a reconnect.
 */
export class RedisTokenRevocations implements TokenRevocations {
  private readonly policy: RevocationPolicy;
  private readonly keyPrefix: string;
  private readonly timeoutMs: number;

  constructor(
    private readonly redis: Redis,
    options: RedisTokenRevocationsOptions = {},
  ) {
    this.policy = revocationPolicy(options);
    this.keyPrefix = options.keyPrefix ?? 'mg:revoked:';
    if (typeof this.keyPrefix !== 'string' || this.keyPrefix.length === 0) throw new TypeError('options.keyPrefix must be a non-empty string');
    this.timeoutMs = options.timeoutMs ?? 500;
    if (!Number.isFinite(this.timeoutMs) || this.timeoutMs <= 0) throw new TypeError(`options.timeoutMs must be a positive number, got ${String(this.timeoutMs)}`);
  }

  async revokeSubject(sub: string, before: Date): Promise<void> {
    const key = this.key('sub', this.policy.checkId(sub, 'sub'));
    const ttlMs = Math.ceil(this.policy.subjectTtlMs(before));
    if (ttlMs <= 0) return;
    await this.timed(this.redis.eval(REVOKE_SUBJECT, 1, key, String(before.getTime()), String(ttlMs)));
  }

  async revokeGrant(grantId: string, until: Date): Promise<void> {
    await this.list(this.key('grant', this.policy.checkId(grantId, 'grantId')), until);
  }

  async revokeToken(jti: string, until: Date): Promise<void> {
    await this.list(this.key('jti', this.policy.checkId(jti, 'jti')), until);
  }

  async isRevoked(token: TokenRevocationCheck): Promise<boolean> {
    this.policy.checkToken(token);
    const keys = [this.key('sub', token.sub), this.key('jti', token.jti)];
    if (token.grantId !== undefined) keys.push(this.key('grant', token.grantId));
    const [subject, jti, grant] = await this.timed(this.redis.mget(...keys));
    const subjectBeforeMs = subject === null || subject === undefined ? null : Number(subject);
    return this.policy.isCovered(token, {
      // An unreadable cut-off is treated as covering everything: this is a denylist, so doubt means deny.
      subjectBeforeMs: subjectBeforeMs !== null && Number.isNaN(subjectBeforeMs) ? Number.POSITIVE_INFINITY : subjectBeforeMs,
      token: jti !== null && jti !== undefined,
      grant: grant !== null && grant !== undefined,
    });
  }

  private async list(key: string, until: Date): Promise<void> {
    const ttlMs = Math.ceil(this.policy.entryTtlMs(until));
    if (ttlMs <= 0) return;
    await this.timed(this.redis.eval(LIST, 1, key, String(ttlMs)));
  }

  private key(kind: 'sub' | 'grant' | 'jti', id: string): string {
    return `${this.keyPrefix}${kind}:${id}`;
  }

  private async timed<T>(command: Promise<T>): Promise<T> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`The revocation store did not answer within ${this.timeoutMs} ms`)), this.timeoutMs);
    });
    try {
      return await Promise.race([command, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }
}
