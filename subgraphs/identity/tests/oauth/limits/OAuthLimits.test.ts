import { describe, expect, it } from 'vitest';
import { DEFAULT_OAUTH_LIMITS, resolveOAuthLimits, type OAuthLimits } from '../../../src/oauth/limits/OAuthLimits.js';

describe('resolveOAuthLimits', () => {
  it('holds the §6 caps and is on, in memory, by default', () => {
    expect(DEFAULT_OAUTH_LIMITS).toEqual({ token: 10, devicePoll: 12, deviceAuthorization: 5, userCode: 5 });
    expect(resolveOAuthLimits()).toEqual({
      enabled: true,
      redis: undefined,
      keyPrefix: 'mg:oauth:rl',
      perMinute: DEFAULT_OAUTH_LIMITS,
      storeTimeoutMs: 250,
      onStoreError: undefined,
    });
  });

  it('overrides single caps and keeps the others', () => {
    const resolved = resolveOAuthLimits({ perMinute: { token: 100 }, keyPrefix: 'test:rl', enabled: false });
    expect(resolved).toMatchObject({ enabled: false, keyPrefix: 'test:rl', perMinute: { token: 100, devicePoll: 12, deviceAuthorization: 5, userCode: 5 } });
  });

  it.each([
    [{ perMinute: { token: 0 } }, 'mountOidcProvider: `limits.perMinute.token` must be a positive integer, got 0'],
    [{ perMinute: { userCode: 2.5 } }, 'mountOidcProvider: `limits.perMinute.userCode` must be a positive integer, got 2.5'],
    [{ perMinute: { device: 5 } as Partial<OAuthLimits> }, 'mountOidcProvider: `limits.perMinute` has unknown caps device; known: token, devicePoll, deviceAuthorization, userCode'],
    [{ keyPrefix: '' }, 'mountOidcProvider: `limits.keyPrefix` must be a non-empty string, got ""'],
    [{ storeTimeoutMs: -1 }, 'mountOidcProvider: `limits.storeTimeoutMs` must be a positive number, got -1'],
    [{ enabled: 'no' as unknown as boolean }, 'mountOidcProvider: `limits.enabled` must be a boolean, got "no"'],
  ])('refuses %j with a TypeError naming the option', (options, message) => {
    expect(() => resolveOAuthLimits(options)).toThrow(new TypeError(message));
  });
});
