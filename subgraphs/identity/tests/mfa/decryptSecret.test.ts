import { describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { SecretBoxError } from '../../src/errors.js';
import { decryptSecret } from '../../src/mfa/decryptSecret.js';
import { encryptSecret } from '../../src/mfa/encryptSecret.js';
import { fixedRandom, thrown } from '../lib/fixedRandom.js';

const key = Buffer.alloc(32, 7);
const secret = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';

function flipFirstByte(part: string): string {
  const bytes = Buffer.from(part, 'base64url');
  bytes[0] = (bytes[0] ?? 0) ^ 1;
  return bytes.toString('base64url');
}

describe('encryptSecret / decryptSecret (AES-256-GCM, §6)', () => {
  it('round-trips, with a fresh nonce every time', () => {
    const a = encryptSecret(secret, key, 'totp:user-1');
    const b = encryptSecret(secret, key, 'totp:user-1');
    expect(a).not.toBe(b);
    expect(decryptSecret(a, key, 'totp:user-1')).toBe(secret);
    expect(decryptSecret(b, key, 'totp:user-1')).toBe(secret);
  });

  it('writes the versioned v1.<nonce>.<ciphertext>.<tag> format with a 12-byte nonce', () => {
    const blob = encryptSecret(secret, key, '', fixedRandom([1]));
    const [version, nonce, ciphertext, tag] = blob.split('.');
    expect(version).toBe('v1');
    expect(Buffer.from(nonce ?? '', 'base64url')).toEqual(Buffer.alloc(12, 1));
    expect(Buffer.from(ciphertext ?? '', 'base64url')).toHaveLength(secret.length);
    expect(Buffer.from(tag ?? '', 'base64url')).toHaveLength(16);
  });

  it.each([
    ['ciphertext', 2],
    ['tag', 3],
    ['nonce', 1],
  ])('detects a tampered %s', (_name, index) => {
    const parts = encryptSecret(secret, key).split('.');
    parts[index] = flipFirstByte(parts[index] ?? '');
    const error = thrown(() => decryptSecret(parts.join('.'), key));
    expect(error).toBeInstanceOf(SecretBoxError);
    expect({ code: error.code, message: error.message }).toEqual({
      code: 'ERR_SECRET_AUTHENTICATION',
      message: 'sealed secret failed authentication: it was altered, or sealed under another key or context',
    });
  });

  it('refuses another key or another context', () => {
    const blob = encryptSecret(secret, key, 'totp:user-1');
    expect(thrown(() => decryptSecret(blob, randomBytes(32), 'totp:user-1')).code).toBe('ERR_SECRET_AUTHENTICATION');
    expect(thrown(() => decryptSecret(blob, key, 'totp:user-2')).code).toBe('ERR_SECRET_AUTHENTICATION');
  });

  it.each([
    ['plain-text', 'ERR_SECRET_MALFORMED', 'sealed secret must be v1.<nonce>.<ciphertext>.<tag>'],
    ['v1.a.b', 'ERR_SECRET_MALFORMED', 'sealed secret must be v1.<nonce>.<ciphertext>.<tag>'],
    ['v1.@@.AA.AA', 'ERR_SECRET_MALFORMED', 'sealed secret parts must be base64url'],
    ['v1.AAAA.AAAA.AAAA', 'ERR_SECRET_MALFORMED', 'sealed secret needs a 12-byte nonce and a 16-byte tag'],
    ['v2.AAAA.AAAA.AAAA', 'ERR_SECRET_VERSION', 'sealed secret has format v2; this build reads v1'],
  ])('rejects %j with a typed error', (blob, code, message) => {
    const error = thrown(() => decryptSecret(blob, key));
    expect(error).toBeInstanceOf(SecretBoxError);
    expect({ code: error.code, message: error.message }).toEqual({ code, message });
  });

  it('rejects a truncated tag instead of checking fewer bits', () => {
    const [version, nonce, ciphertext, tag] = encryptSecret(secret, key).split('.');
    const short = Buffer.from(tag ?? '', 'base64url').subarray(0, 12).toString('base64url');
    expect(thrown(() => decryptSecret([version, nonce, ciphertext, short].join('.'), key)).code).toBe('ERR_SECRET_MALFORMED');
  });

  it('treats a wrong key size as caller misuse', () => {
    expect(() => encryptSecret(secret, Buffer.alloc(16))).toThrow(new TypeError('key must be 32 bytes for AES-256-GCM, got 16'));
    expect(() => decryptSecret('v1.a.b.c', Buffer.alloc(31))).toThrow(new TypeError('key must be 32 bytes for AES-256-GCM, got 31'));
  });
});
