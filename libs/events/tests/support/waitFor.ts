import { setTimeout as delay } from 'node:timers/promises';

/** Polls `check` until it returns true, failing with `what` after `timeoutMs`. Delivery is asynchronous on every bus. */
export async function waitFor(what: string, check: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await delay(10);
  }
}
