import { createLocalJWKSet, errors, type JSONWebKeySet, type JWTVerifyGetKey } from 'jose';

export interface LoadedJWKSetOptions {
  /** After a successful load, how long an unknown `kid` must wait before it may trigger another load. */
  cooldownMs: number;
  /** How long a loaded key set is used before the next verification reloads it. */
  cacheMaxAgeMs: number;
}

/**
 * A key resolver over a key set from a callback, with the same reload rules as jose's `createRemoteJWKSet`
 * (`jwks/remote.js`), so the local and remote key sources behave alike:
 * - the first use loads the set; a set older than `cacheMaxAgeMs` is reloaded before use;
 * - a token whose `kid` is not in the set triggers one reload, unless the last successful load was less than
 *   `cooldownMs` ago: a flood of made-up `kid`s costs at most one load per cooldown;
 * - concurrent verifications share one in-flight load.
 * Like jose, the cooldown counts from the last success, so while loads fail each unknown `kid` tries again.
 */
export function createLoadedJWKSet(load: () => Promise<JSONWebKeySet>, options: LoadedJWKSetOptions): JWTVerifyGetKey {
  let local: ReturnType<typeof createLocalJWKSet> | undefined;
  let loadedAt = Number.NEGATIVE_INFINITY;
  let pending: Promise<ReturnType<typeof createLocalJWKSet>> | undefined;

  const isFreshFor = (durationMs: number) => Date.now() < loadedAt + durationMs;

  const reload = (): Promise<ReturnType<typeof createLocalJWKSet>> => {
    // The callback runs only after the load settles, so it always clears the promise stored here.
    pending ??= (async () => {
      const next = createLocalJWKSet(await load());
      local = next;
      loadedAt = Date.now();
      return next;
    })().finally(() => {
      pending = undefined;
    });
    return pending;
  };

  return async (protectedHeader, token) => {
    const keys = local && isFreshFor(options.cacheMaxAgeMs) ? local : await reload();
    try {
      return await keys(protectedHeader, token);
    } catch (error) {
      if (error instanceof errors.JWKSNoMatchingKey && !isFreshFor(options.cooldownMs)) {
        return (await reload())(protectedHeader, token);
      }
      throw error;
    }
  };
}
