import { describe, expect, it } from 'vitest';
import { apiKeyCacheKey, apiKeyHash } from '@media-gateway/auth';

const KEY = 'mg_live_AbCdEfGhIjKlMnOpQrStUvWxYz012345';

describe('apiKeyHash', () => {
  it('is the lower-case hex SHA-256 of the key as UTF-8', () => {
    expect(apiKeyHash('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(apiKeyHash(KEY)).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('apiKeyCacheKey', () => {
  it('keys the cache by the hash, never the key', () => {
    const key = apiKeyCacheKey(apiKeyHash(KEY));
    expect(key).toBe(`api-key:v1:${apiKeyHash(KEY)}`);
    expect(key).not.toContain(KEY.slice(8));
  });

  it('refuses anything but a SHA-256 hex digest, without echoing it', () => {
    expect(() => apiKeyCacheKey(KEY)).toThrow(new TypeError('keyHash must be a SHA-256 digest as 64 lower-case hex characters (got 40 characters)'));
    expect(() => apiKeyCacheKey(apiKeyHash(KEY).toUpperCase())).toThrow(TypeError);
    expect(() => apiKeyCacheKey(undefined as unknown as string)).toThrow(/got undefined/);
  });
});
