import { describe, expect, it } from 'vitest';
import { createCallLimiter } from '@media-gateway/mcp';

describe('createCallLimiter (memory)', () => {
  it('counts signed-in and anonymous callers against their own limits, each subject apart', async () => {
    const limiter = createCallLimiter({ limits: { authenticated: 3, anonymous: 1 } });
    expect(await limiter.consume('ip:1', false)).toEqual({ allowed: true, limit: 1, remaining: 0 });
    const refused = await limiter.consume('ip:1', false);
    expect(refused).toMatchObject({ allowed: false, limit: 1, remaining: 0 });
    expect(refused.retryAfterSeconds).toBeGreaterThan(0);
    expect(refused.retryAfterSeconds).toBeLessThanOrEqual(900);
    expect((await limiter.consume('ip:2', false)).allowed).toBe(true);
    for (let i = 0; i < 3; i++) expect((await limiter.consume('sub:u1', true)).allowed).toBe(true);
    expect((await limiter.consume('sub:u1', true)).allowed).toBe(false);
  });

  it('uses §11 limits by default and refuses bad ones', async () => {
    expect(await createCallLimiter().consume('sub:u', true)).toEqual({ allowed: true, limit: 1000, remaining: 999 });
    expect(await createCallLimiter().consume('ip:x', false)).toEqual({ allowed: true, limit: 100, remaining: 99 });
    expect(() => createCallLimiter({ limits: { anonymous: 0 } })).toThrow('options.limits.anonymous must be a positive integer, got 0');
  });
});
