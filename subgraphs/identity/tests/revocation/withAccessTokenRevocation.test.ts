import { describe, expect, it } from 'vitest';
import { MemoryTokenRevocations } from '@media-gateway/auth';
import { withAccessTokenRevocation } from '../../src/revocation/withAccessTokenRevocation.js';

const now = new Date('2026-03-01T10:00:00.500Z');
const seconds = (iso: string) => new Date(iso);

describe('withAccessTokenRevocation', () => {
  it('revokes the grants, then every access token the user holds, and still returns the grant count', async () => {
    const revocations = new MemoryTokenRevocations({ now: () => now });
    const calls: string[] = [];
    const revoke = withAccessTokenRevocation(
      async (userId) => {
        calls.push(`grants:${userId}`);
        // The cut-off is stamped after the grants are gone: nothing is listed yet while they are being deleted.
        expect(await revocations.isRevoked({ sub: userId, jti: 'old', iat: seconds('2026-03-01T09:30:00Z') })).toBe(false);
        return 3;
      },
      { revocations, now: () => now },
    );

    await expect(revoke('user-1')).resolves.toBe(3);
    expect(calls).toEqual(['grants:user-1']);
    expect(await revocations.isRevoked({ sub: 'user-1', jti: 'old', iat: seconds('2026-03-01T09:30:00Z') })).toBe(true);
    expect(await revocations.isRevoked({ sub: 'user-1', jti: 'new', iat: seconds('2026-03-01T10:00:01Z') })).toBe(false);
    expect(await revocations.isRevoked({ sub: 'user-2', jti: 'other', iat: seconds('2026-03-01T09:30:00Z') })).toBe(false);
  });

  it('records nothing when revoking the grants failed, and fails when the cut-off cannot be recorded', async () => {
    const revocations = new MemoryTokenRevocations({ now: () => now });
    const broken = withAccessTokenRevocation(async () => Promise.reject(new Error('db down')), { revocations, now: () => now });
    await expect(broken('user-1')).rejects.toThrow('db down');
    expect(await revocations.isRevoked({ sub: 'user-1', jti: 'old', iat: seconds('2026-03-01T09:30:00Z') })).toBe(false);

    const unreachable = withAccessTokenRevocation(async () => 1, {
      revocations: { revokeSubject: async () => Promise.reject(new Error('redis down')) },
      now: () => now,
    });
    await expect(unreachable('user-1')).rejects.toThrow('redis down');
  });
});
