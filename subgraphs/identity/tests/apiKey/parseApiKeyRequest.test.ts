import { describe, expect, it } from 'vitest';
import { apiKeyExpiresAt } from '../../src/apiKey/apiKeyExpiresAt.js';
import { parseApiKeyRequest } from '../../src/apiKey/parseApiKeyRequest.js';

describe('parseApiKeyRequest', () => {
  it('fills defaults: no expiry, 60 requests per minute', () => {
    expect(parseApiKeyRequest({ name: '  CI bot ', scopes: ['read:content', 'read:content', 'explorer'] })).toEqual({
      ok: true,
      value: { name: 'CI bot', scopes: ['read:content', 'explorer'], expiresInDays: null, rateLimitPerMinute: 60 },
    });
  });

  it('accepts the bounds', () => {
    expect(parseApiKeyRequest({ name: 'x'.repeat(100), scopes: ['admin:full'], expiresInDays: 365, rateLimitPerMinute: 10_000 }).ok).toBe(true);
    expect(parseApiKeyRequest({ name: 'x', scopes: ['write:progress'], expiresInDays: 1, rateLimitPerMinute: 1 }).ok).toBe(true);
  });

  it('reports every problem at once', () => {
    expect(parseApiKeyRequest({ name: ' ', scopes: [], expiresInDays: 0, rateLimitPerMinute: 0 })).toEqual({
      ok: false,
      problems: [
        'name must be 1 to 100 characters, got 0',
        'scopes must name at least one scope',
        'expiresInDays must be a whole number from 1 to 365, or null for no expiry, got 0',
        'rateLimitPerMinute must be a whole number from 1 to 10000, got 0',
      ],
    });
  });

  it.each([
    [{ name: 'x'.repeat(101), scopes: ['read:content'] }, 'name must be 1 to 100 characters, got 101'],
    [{ name: 'a\u0007b', scopes: ['read:content'] }, 'name must not contain control characters'],
    [{ name: 'k', scopes: ['read:content', 'write:everything', 'admin'] }, 'scopes has unknown scopes: write:everything, admin'],
    [{ name: 'k', scopes: ['read:content'], expiresInDays: 366 }, 'expiresInDays must be a whole number from 1 to 365, or null for no expiry, got 366'],
    [{ name: 'k', scopes: ['read:content'], expiresInDays: 1.5 }, 'expiresInDays must be a whole number from 1 to 365, or null for no expiry, got 1.5'],
    [{ name: 'k', scopes: ['read:content'], rateLimitPerMinute: 10_001 }, 'rateLimitPerMinute must be a whole number from 1 to 10000, got 10001'],
  ])('rejects %o', (input, problem) => {
    expect(parseApiKeyRequest(input)).toEqual({ ok: false, problems: [problem] });
  });
});

describe('apiKeyExpiresAt', () => {
  it('adds whole days, or never', () => {
    const now = new Date('2025-03-01T12:00:00Z');
    expect(apiKeyExpiresAt(30, now)).toEqual(new Date('2025-03-31T12:00:00Z'));
    expect(apiKeyExpiresAt(null, now)).toBeNull();
  });
});
