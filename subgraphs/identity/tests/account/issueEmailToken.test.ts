import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { issueEmailToken } from '../../src/account/issueEmailToken.js';
import { fixedRandom } from '../lib/fixedRandom.js';

const now = new Date('2025-03-01T12:00:00Z');

describe('issueEmailToken', () => {
  it('mints 32 random bytes as hex and stores only their SHA-256', () => {
    const issued = issueEmailToken('VERIFY_EMAIL', now, fixedRandom([0xab]));
    expect(issued.token).toBe('ab'.repeat(32));
    expect(issued.tokenHash).toBe(createHash('sha256').update('ab'.repeat(32)).digest('hex'));
    expect(issued.kind).toBe('VERIFY_EMAIL');
  });

  it('expires verification after 24 h and reset after 1 h', () => {
    expect(issueEmailToken('VERIFY_EMAIL', now).expiresAt).toEqual(new Date('2025-03-02T12:00:00Z'));
    expect(issueEmailToken('RESET_PASSWORD', now).expiresAt).toEqual(new Date('2025-03-01T13:00:00Z'));
  });

  it('uses the CSPRNG by default', () => {
    const a = issueEmailToken('RESET_PASSWORD', now);
    const b = issueEmailToken('RESET_PASSWORD', now);
    expect(a.token).toMatch(/^[0-9a-f]{64}$/);
    expect(a.token).not.toBe(b.token);
  });
});
