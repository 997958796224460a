import { describe, expect, it } from 'vitest';
import { parseOptions } from '@node-rs/argon2';
import { ARGON2_PARAMS, hashPassword } from '../../src/account/hashPassword.js';
import { passwordNeedsRehash } from '../../src/account/passwordNeedsRehash.js';
import { verifyPassword } from '../../src/account/verifyPassword.js';

describe('hashPassword / verifyPassword', () => {
  it('round-trips and rejects a wrong password', async () => {
    const stored = await hashPassword('Password1');
    expect(await verifyPassword('Password1', stored)).toBe(true);
    expect(await verifyPassword('password1', stored)).toBe(false);
    expect(await verifyPassword('', stored)).toBe(false);
  });

  it('stores argon2id with the documented parameters and a fresh salt', async () => {
    const [a, b] = await Promise.all([hashPassword('Password1'), hashPassword('Password1')]);
    expect(a).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(a).not.toBe(b);
    expect(parseOptions(a)).toMatchObject({ algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1, outputLen: 32, saltLen: 16 });
    expect(ARGON2_PARAMS).toEqual({ algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1, outputLen: 32 });
  });

  it('matches the same password typed in another Unicode normal form', async () => {
    const composed = 'Caf\u00e9Pass1';
    const decomposed = 'Cafe\u0301Pass1';
    expect(await verifyPassword(decomposed, await hashPassword(composed))).toBe(true);
  });

  it('throws on a malformed stored hash rather than answering', async () => {
    await expect(verifyPassword('Password1', 'not-a-hash')).rejects.toThrow();
  });
});

describe('passwordNeedsRehash', () => {
  it('is false for current parameters and true for older or unreadable ones', async () => {
    expect(passwordNeedsRehash(await hashPassword('Password1'))).toBe(false);
    const { hash } = await import('@node-rs/argon2');
    expect(passwordNeedsRehash(await hash('Password1', { ...ARGON2_PARAMS, memoryCost: 8192 }))).toBe(true);
    expect(passwordNeedsRehash('$2b$10$abcdefghijklmnopqrstuv')).toBe(true);
  });
});
