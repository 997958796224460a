import { describe, expect, it } from 'vitest';
import { MemoryTokenRevocations } from '@media-gateway/auth';
import { tokenRevocationsContract } from './tokenRevocationsContract.js';

tokenRevocationsContract('memory', { create: async (options) => new MemoryTokenRevocations(options) });

describe('MemoryTokenRevocations', () => {
  it('rejects bad options as caller misuse, naming them', () => {
    expect(() => new MemoryTokenRevocations({ accessTokenLifetimeSeconds: -1 })).toThrow(/options\.accessTokenLifetimeSeconds/);
    expect(() => new MemoryTokenRevocations({ clockToleranceSeconds: Number.NaN })).toThrow(/options\.clockToleranceSeconds/);
  });

  it('drops expired entries when it grows, so a flood of revocations cannot grow it without bound', async () => {
    const clock = { now: new Date('2026-03-01T10:00:00Z') };
    const store = new MemoryTokenRevocations({ accessTokenLifetimeSeconds: 60, clockToleranceSeconds: 0, now: () => clock.now });
    for (let i = 0; i < 10_000; i += 1) await store.revokeToken(`old-${i}`, new Date(clock.now.getTime() + 30_000));
    clock.now = new Date(clock.now.getTime() + 31_000);
    await store.revokeToken('new', new Date(clock.now.getTime() + 30_000));
    const size = (store as unknown as { entries: Map<string, unknown> }).entries.size;
    expect(size).toBe(1);
    expect(await store.isRevoked({ sub: 'u', jti: 'new', iat: clock.now })).toBe(true);
  });
});
