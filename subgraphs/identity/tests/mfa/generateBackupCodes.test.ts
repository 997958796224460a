import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { BACKUP_CODE_ALPHABET, generateBackupCodes } from '../../src/mfa/generateBackupCodes.js';
import { normalizeBackupCode } from '../../src/mfa/normalizeBackupCode.js';
import { fixedRandom } from '../lib/fixedRandom.js';

describe('generateBackupCodes (§6)', () => {
  it('uses A–Z without I and O, plus 2–9', () => {
    expect(BACKUP_CODE_ALPHABET).toHaveLength(32);
    expect([...BACKUP_CODE_ALPHABET].sort().join('')).toBe('23456789ABCDEFGHJKLMNPQRSTUVWXYZ');
  });

  it('returns ten distinct 8-character codes from the alphabet', () => {
    const codes = generateBackupCodes();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(/^[A-HJ-NP-Z2-9]{8}$/);
  });

  it('draws again rather than return a duplicate', () => {
    // randomString asks for 16 bytes per code and uses the first 8. Two all-zero requests give AAAAAAAA twice;
    // hash output follows so the rest are distinct.
    const noise = Array.from({ length: 20 }, (_, i) => [...createHash('sha256').update(String(i)).digest()]).flat();
    const codes = generateBackupCodes(fixedRandom([...Array(32).fill(0), ...noise]));
    expect(codes[0]).toBe('AAAAAAAA');
    expect(new Set(codes).size).toBe(10);
  });

  it('gives up on a random source that keeps repeating', () => {
    expect(() => generateBackupCodes(fixedRandom([0]))).toThrow(new Error('random source keeps repeating; refusing to issue backup codes'));
  });
});

describe('normalizeBackupCode', () => {
  it('upper-cases and ignores spaces and dashes', () => {
    expect(normalizeBackupCode(' abcd-efgh ')).toBe('ABCDEFGH');
    expect(normalizeBackupCode('ab cd ef 23')).toBe('ABCDEF23');
  });

  it('rejects codes with characters outside the alphabet or of the wrong length', () => {
    expect(normalizeBackupCode('ABCDEFG0')).toBeNull();
    expect(normalizeBackupCode('ABCDEFGI')).toBeNull();
    expect(normalizeBackupCode('ABCDEFG')).toBeNull();
  });
});
