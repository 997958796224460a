import { MemorySessionStore } from './MemorySessionStore.js';
import { RedisSessionStore } from './RedisSessionStore.js';
import type { SessionStore } from './SessionStore.js';

/** Redis when a URL is configured (every replica sees every session), else in this process (embedded mode). */
export async function createSessionStore(options: { redisUrl?: string | undefined; keyPrefix?: string; now?: () => number }): Promise<SessionStore> {
  if (!options.redisUrl) return new MemorySessionStore({ ...(options.now ? { now: options.now } : {}) });
  return RedisSessionStore.connect({
    redisUrl: options.redisUrl,
    ...(options.keyPrefix !== undefined ? { keyPrefix: options.keyPrefix } : {}),
    ...(options.now ? { now: options.now } : {}),
  });
}
