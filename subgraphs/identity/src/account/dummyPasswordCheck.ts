import { verify } from '@node-rs/argon2';

/**
 * A real argon2id hash, made with exactly `ARGON2_PARAMS`, of 32 random bytes nobody kept. Verifying against it
 * costs what verifying a real account's hash costs, because argon2's cost is set by the parameters in the string.
 * It is a constant rather than computed at first use so the first unknown-email login of each process is not
 * twice as slow (which would itself be a timing signal). A test fails if it drifts from `ARGON2_PARAMS`.
 */
export const DUMMY_PASSWORD_HASH = '$argon2id$v=19$m=19456,t=2,p=1$TRHWYLofmeoDA64eanq5kA$jNH5+c2polfSu7Rk1OBrvM4BtY1ePGf2Xs89lWuH+i0';

/**
 * Spend the time of a password verification when the email is unknown, then report failure. Without it, "no such
 * account" answers in microseconds and "wrong password" in milliseconds, and the difference enumerates accounts
 * (§6: no account enumeration). Pass the presented password so even the NFKC step matches the real path.
 */
export async function dummyPasswordCheck(password = ''): Promise<false> {
  await verify(DUMMY_PASSWORD_HASH, password.normalize('NFKC'));
  return false;
}
