import { revocationPolicy, type RevocationPolicy } from './revocationPolicy.js';
import type { TokenRevocationCheck, TokenRevocations, TokenRevocationsOptions } from './TokenRevocations.js';

interface Entry {
  /** The cut-off (epoch ms) for a subject entry; unused for grant and jti entries. */
  value: number;
  expiresAtMs: number;
}

/** Entries kept before a write sweeps out the expired ones. */
const SWEEP_AT = 10_000;

/**
 * `TokenRevocations` in this process's memory: the embedded product, where the router and the identity service
 * share one process and so one denylist. With several router replicas a revocation would reach only the process
 * that recorded it; use `RedisTokenRevocations` there. A restart forgets every entry, so a token revoked before it
 * is accepted again until it expires (at most the access-token lifetime): acceptable for the single-process
 * product, and one more reason production keeps the list in Redis.
 */
export class MemoryTokenRevocations implements TokenRevocations {
  private readonly entries = new Map<string, Entry>();
  private readonly policy: RevocationPolicy;

  constructor(options: TokenRevocationsOptions = {}) {
    this.policy = revocationPolicy(options);
  }

  async revokeSubject(sub: string, before: Date): Promise<void> {
    const key = `sub:${this.policy.checkId(sub, 'sub')}`;
    const ttlMs = this.policy.subjectTtlMs(before);
    if (ttlMs <= 0) return;
    const current = this.live(key);
    // A later cut-off covers everything an earlier one does, and lives longer.
    if (current && current.value >= before.getTime()) return;
    this.put(key, { value: before.getTime(), expiresAtMs: this.policy.nowMs() + ttlMs });
  }

  async revokeGrant(grantId: string, until: Date): Promise<void> {
    this.list(`grant:${this.policy.checkId(grantId, 'grantId')}`, until);
  }

  async revokeToken(jti: string, until: Date): Promise<void> {
    this.list(`jti:${this.policy.checkId(jti, 'jti')}`, until);
  }

  async isRevoked(token: TokenRevocationCheck): Promise<boolean> {
    this.policy.checkToken(token);
    return this.policy.isCovered(token, {
      subjectBeforeMs: this.live(`sub:${token.sub}`)?.value ?? null,
      grant: token.grantId !== undefined && this.live(`grant:${token.grantId}`) !== undefined,
      token: this.live(`jti:${token.jti}`) !== undefined,
    });
  }

  private list(key: string, until: Date): void {
    const ttlMs = this.policy.entryTtlMs(until);
    if (ttlMs <= 0) return;
    const expiresAtMs = this.policy.nowMs() + ttlMs;
    const current = this.live(key);
    if (!current || current.expiresAtMs < expiresAtMs) this.put(key, { value: 1, expiresAtMs });
  }

  private live(key: string): Entry | undefined {
    const entry = this.entries.get(key);
    if (entry && entry.expiresAtMs <= this.policy.nowMs()) {
      this.entries.delete(key);
      return undefined;
    }
    return entry;
  }

  private put(key: string, entry: Entry): void {
    if (this.entries.size >= SWEEP_AT) this.sweep();
    this.entries.set(key, entry);
  }

  private sweep(): void {
    const nowMs = this.policy.nowMs();
    for (const [key, entry] of this.entries) if (entry.expiresAtMs <= nowMs) this.entries.delete(key);
  }
}
