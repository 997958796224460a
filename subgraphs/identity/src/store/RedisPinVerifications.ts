import type { Redis } from 'ioredis';
import { PIN_VERIFIED_FOR_SECONDS } from '../household/pinStillVerified.js';
import type { PinVerifications } from './PinVerifications.js';

export interface RedisPinVerificationsOptions {
  /**
   * Namespace of every entry; a key is `<prefix><profileId>`.
   * @default 'mg:identity:pin-verified:'
   */
  keyPrefix?: string;
}

/**
 * `PinVerifications` in Redis, shared by every identity replica: a PIN entered through one replica unlocks the
 * profile on all of them, for §6's 5 minutes. One key per profile holding the verification time in epoch ms,
 * with a TTL of those 5 minutes so Redis forgets it by itself; `pinStillVerified` still makes the decision, from
 * the stored time, so the TTL only bounds storage.
 *
 * A Redis failure rejects, and the request fails rather than treat the PIN as entered. The caller owns the client.
 */
export class RedisPinVerifications implements PinVerifications {
  private readonly keyPrefix: string;

  constructor(
    private readonly redis: Redis,
    options: RedisPinVerificationsOptions = {},
  ) {
    this.keyPrefix = options.keyPrefix ?? 'mg:identity:pin-verified:';
    if (typeof this.keyPrefix !== 'string' || this.keyPrefix.length === 0) throw new TypeError('options.keyPrefix must be a non-empty string');
  }

  async verifiedAt(profileId: string): Promise<Date | null> {
    const stored = await this.redis.get(this.key(profileId));
    if (stored === null) return null;
    const ms = Number(stored);
    // Unreadable means not verified: the profile asks for the PIN again, which fails safe.
    return Number.isFinite(ms) ? new Date(ms) : null;
  }

  async record(profileId: string, at: Date): Promise<void> {
    await this.redis.set(this.key(profileId), String(at.getTime()), 'PX', PIN_VERIFIED_FOR_SECONDS * 1000);
  }

  async forget(profileId: string): Promise<void> {
    await this.redis.del(this.key(profileId));
  }

  private key(profileId: string): string {
    if (typeof profileId !== 'string' || profileId.length === 0) throw new TypeError('profileId must be a non-empty string');
    return `${this.keyPrefix}${profileId}`;
  }
}
