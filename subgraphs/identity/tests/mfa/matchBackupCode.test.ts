import { describe, expect, it } from 'vitest';
import { getRounds } from 'bcryptjs';
import { hashBackupCode } from '../../src/mfa/hashBackupCode.js';
import { matchBackupCode } from '../../src/mfa/matchBackupCode.js';

// bcrypt at cost 10 is ~100 ms per hash in pure JS, so these tests use three codes rather than ten.
describe('hashBackupCode / matchBackupCode', { timeout: 20_000 }, () => {
  it('hashes with bcrypt cost 10', async () => {
    const hash = await hashBackupCode('ABCD-EFGH');
    expect(hash).toMatch(/^\$2[aby]\$10\$/);
    expect(getRounds(hash)).toBe(10);
  });

  it('finds the matching slot, forgiving case, spaces and dashes, and each code works once', async () => {
    const codes = ['ABCDEFGH', 'JKLMNPQR', 'STUV2345'];
    const hashes: (string | null)[] = await Promise.all(codes.map(hashBackupCode));
    expect(await matchBackupCode('jklm-npqr', hashes)).toBe(1);
    hashes[1] = null; // the caller spends the code
    expect(await matchBackupCode('JKLM NPQR', hashes)).toBe(-1);
    expect(await matchBackupCode('stuv2345', hashes)).toBe(2);
  });

  it('answers -1 for unknown and malformed codes', async () => {
    const hashes = [await hashBackupCode('ABCDEFGH')];
    expect(await matchBackupCode('ABCDEFGJ', hashes)).toBe(-1);
    expect(await matchBackupCode('ABCDEFG0', hashes)).toBe(-1);
    expect(await matchBackupCode('', hashes)).toBe(-1);
  });

  it('refuses to hash something that is not a backup code', () => {
    expect(() => hashBackupCode('short')).toThrow(new TypeError('code must be a backup code from generateBackupCodes'));
  });
});
