import { hash, type Algorithm, type Options } from '@node-rs/argon2';

// `Algorithm` is an ambient const enum, which isolatedModules forbids reading as a value; 2 is its Argon2id member.
const ARGON2ID: Algorithm = 2;

/**
 * argon2id parameters (§6). These are OWASP's first-listed argon2id configuration (Password Storage Cheat Sheet):
 * 19 MiB of memory, 2 passes, 1 lane. They are also the library defaults, but are spelled out so a dependency
 * upgrade cannot weaken them silently, and so `passwordNeedsRehash` has something to compare against.
 *
 * Memory is the cost that hurts GPU attackers; raise `memoryCost` first (OWASP's equivalent alternative is
 * 46 MiB with 1 pass) once the auth p95 budget (§14: 12 ms for token validation, login is allowed more) permits.
 * Changing any value here needs `DUMMY_PASSWORD_HASH` in `dummyPasswordCheck.ts` regenerated.
 */
export const ARGON2_PARAMS = Object.freeze({
  algorithm: ARGON2ID,
  /** KiB of memory per lane: 19 MiB. */
  memoryCost: 19_456,
  /** Passes over memory. */
  timeCost: 2,
  /** Lanes (threads). One keeps the cost per login predictable under concurrent load. */
  parallelism: 1,
  /** Bytes of hash output. */
  outputLen: 32,
} satisfies Options);

/**
 * The PHC string (`$argon2id$v=19$m=19456,t=2,p=1$salt$hash`) to store for a password. A fresh 16-byte salt comes
 * from the library's CSPRNG. Passwords are NFKC-normalised first (NIST SP 800-63B §5.1.1.2) so the same password
 * typed on two keyboards that compose "é" differently still matches.
 */
export function hashPassword(password: string): Promise<string> {
  return hash(password.normalize('NFKC'), ARGON2_PARAMS);
}
