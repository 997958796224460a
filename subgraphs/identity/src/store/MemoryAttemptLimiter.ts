import { MfaAttemptPolicy, type MfaAttemptDecision } from '../mfa/MfaAttemptPolicy.js';
import type { AttemptLimiter } from './AttemptLimiter.js';

/** Keys kept before a sweep drops the ones whose failures all left the window. */
const SWEEP_AT = 10_000;

/**
 * `AttemptLimiter` in this process's memory. The spec's home for these counters is Redis (`mfa:attempts:{user}`,
 * a sorted set with a one-minute TTL), shared by every replica; with N replicas behind a round-robin balancer a
 * guesser gets up to N × 5 tries a minute here. Acceptable for the embedded, single-process product; a
 * `RedisAttemptLimiter` is the production adapter (TODO(identity:redis-attempts)). Each `begin` is synchronous
 * inside, so concurrent requests in this process cannot interleave between the check and the count.
 */
export class MemoryAttemptLimiter implements AttemptLimiter {
  private readonly failures = new Map<string, Date[]>();

  async begin(key: string, now: Date): Promise<MfaAttemptDecision> {
    const recent = this.failures.get(key) ?? [];
    const decision = MfaAttemptPolicy.check(recent, now);
    if (decision.allowed) {
      if (this.failures.size >= SWEEP_AT) this.sweep(now);
      this.failures.set(key, MfaAttemptPolicy.record(recent, 'failure', now));
    }
    return decision;
  }

  async reset(key: string): Promise<void> {
    this.failures.delete(key);
  }

  private sweep(now: Date): void {
    const since = now.getTime() - MfaAttemptPolicy.WINDOW_MS;
    for (const [key, times] of this.failures) if (times.every((t) => t.getTime() <= since)) this.failures.delete(key);
  }
}
