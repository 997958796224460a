import { describe, expect, it } from 'vitest';
import { normalizeEmail } from '../../src/account/normalizeEmail.js';
import { parseEmail } from '../../src/account/parseEmail.js';

describe('normalizeEmail', () => {
  it('trims and lower-cases the whole address, nothing more', () => {
    expect(normalizeEmail('  Alice.Smith+Films@Example.COM ')).toBe('alice.smith+films@example.com');
  });

  it('NFC-normalises so composed and decomposed forms are one address', () => {
    expect(normalizeEmail('jose\u0301@example.com')).toBe(normalizeEmail('jos\u00e9@example.com'));
  });
});

describe('parseEmail', () => {
  it.each(['alice@example.com', ' Bob@Sub.Example.co.uk', 'o\'brien+tag@example.ie', 'ünï@exämple.de'])('accepts %j', (raw) => {
    expect(parseEmail(raw)).toEqual({ ok: true, value: normalizeEmail(raw) });
  });

  it.each([
    ['alice', ['email must look like name@example.com']],
    ['@example.com', ['email must look like name@example.com']],
    ['alice@', ['email must look like name@example.com']],
    ['alice@localhost', ['email domain "localhost" is not a valid domain name']],
    ['al ice@example.com', ['email local part contains characters that are not allowed']],
    ['alice..smith@example.com', ['email local part contains characters that are not allowed']],
    ['alice@-example.com', ['email domain "-example.com" is not a valid domain name']],
    [`${'a'.repeat(65)}@example.com`, ['email local part must be at most 64 characters, got 65']],
  ])('rejects %j', (raw, problems) => {
    expect(parseEmail(raw)).toEqual({ ok: false, problems });
  });

  it('reports an over-long address', () => {
    const raw = `a@${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(63)}.${'e'.repeat(60)}.com`;
    expect(parseEmail(raw)).toEqual({ ok: false, problems: [`email must be at most 254 characters, got ${raw.length}`] });
  });
});
