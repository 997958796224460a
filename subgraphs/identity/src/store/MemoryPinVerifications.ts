import { PIN_VERIFIED_FOR_SECONDS } from '../household/pinStillVerified.js';
import type { PinVerifications } from './PinVerifications.js';

const SWEEP_AT = 10_000;

/**
 * `PinVerifications` in this process's memory. The schema has no column for it on purpose: a verification lives
 * five minutes (§6), which is a cache entry with a TTL, and Redis is its production home
 * (TODO(identity:redis-pin)). Here a restart or another replica simply asks for the PIN again, which fails safe.
 */
export class MemoryPinVerifications implements PinVerifications {
  private readonly verified = new Map<string, Date>();

  constructor(private readonly now: () => Date) {}

  async verifiedAt(profileId: string): Promise<Date | null> {
    return this.verified.get(profileId) ?? null;
  }

  async record(profileId: string, at: Date): Promise<void> {
    if (this.verified.size >= SWEEP_AT) this.sweep();
    this.verified.set(profileId, at);
  }

  async forget(profileId: string): Promise<void> {
    this.verified.delete(profileId);
  }

  private sweep(): void {
    const cutoff = this.now().getTime() - PIN_VERIFIED_FOR_SECONDS * 1000;
    for (const [profileId, at] of this.verified) if (at.getTime() < cutoff) this.verified.delete(profileId);
  }
}
