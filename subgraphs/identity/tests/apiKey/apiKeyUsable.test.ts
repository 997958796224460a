import { describe, expect, it } from 'vitest';
import { apiKeyUsable } from '../../src/apiKey/apiKeyUsable.js';

const now = new Date('2025-03-01T12:00:00Z');
const later = new Date('2025-04-01T00:00:00Z');
const earlier = new Date('2025-02-01T00:00:00Z');

describe('apiKeyUsable', () => {
  it.each([
    [{ revokedAt: null, expiresAt: null }, 'ok'],
    [{ revokedAt: null, expiresAt: later }, 'ok'],
    [{ revokedAt: null, expiresAt: now }, 'expired'],
    [{ revokedAt: null, expiresAt: earlier }, 'expired'],
    [{ revokedAt: earlier, expiresAt: null }, 'revoked'],
    [{ revokedAt: earlier, expiresAt: earlier }, 'revoked'],
    [{ revokedAt: later, expiresAt: null }, 'revoked'],
  ] as const)('%o → %s', (key, expected) => {
    expect(apiKeyUsable(key, now)).toBe(expected);
  });
});
