import { describe, expect, it, vi } from 'vitest';
import * as argon2 from '@node-rs/argon2';
import { DUMMY_PASSWORD_HASH, dummyPasswordCheck } from '../../src/account/dummyPasswordCheck.js';
import { ARGON2_PARAMS } from '../../src/account/hashPassword.js';

// Wrap the real verify so the test can see it was called, while it still does the full argon2 work.
vi.mock('@node-rs/argon2', async (importOriginal) => {
  const actual = await importOriginal<typeof argon2>();
  return { ...actual, verify: vi.fn(actual.verify) };
});

describe('dummyPasswordCheck (no account enumeration by timing, §6)', () => {
  it('runs a real argon2 verify against a hash made with the live parameters', async () => {
    vi.mocked(argon2.verify).mockClear();
    expect(await dummyPasswordCheck('Password1')).toBe(false);
    expect(argon2.verify).toHaveBeenCalledWith(DUMMY_PASSWORD_HASH, 'Password1');
    const { saltLen: _saltLen, version: _version, ...used } = argon2.parseOptions(DUMMY_PASSWORD_HASH);
    // If this fails, ARGON2_PARAMS changed: regenerate DUMMY_PASSWORD_HASH with the new parameters.
    expect(used).toEqual(ARGON2_PARAMS);
  });
});
