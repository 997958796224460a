import { randomBytes } from 'node:crypto';

/**
 * A source of random bytes. Functions that mint secrets take one as their last parameter so tests can pin the
 * output; production code always uses the default, `crypto.randomBytes` (a CSPRNG).
 */
export type RandomBytes = (size: number) => Uint8Array;

export const cryptoRandomBytes: RandomBytes = (size) => randomBytes(size);
