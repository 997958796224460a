import type { RandomBytes } from '../../src/lib/RandomBytes.js';

/** A RandomBytes that replays `bytes` cyclically, so tests can pin what secrets are minted. */
export function fixedRandom(bytes: readonly number[]): RandomBytes {
  let position = 0;
  return (size) => {
    const out = new Uint8Array(size);
    for (let i = 0; i < size; i++) out[i] = bytes[position++ % bytes.length] ?? 0;
    return out;
  };
}

/** Runs `fn` and returns what it threw, so a test can assert code and message together. */
export function thrown(fn: () => unknown): Error & { code?: unknown } {
  try {
    fn();
  } catch (error) {
    return error as Error & { code?: unknown };
  }
  throw new Error('expected the function to throw');
}
