import { MemoryPresenceStore } from './MemoryPresenceStore.js';
import type { PresenceStore } from './PresenceStore.js';
import { RedisPresenceStore } from './RedisPresenceStore.js';

export interface CreatePresenceStoreOptions {
  /** Redis when set (replicas share presence), else in-process (embedded mode). */
  redisUrl?: string | undefined;
  /** @default 'mg:rt:' */
  keyPrefix?: string;
  /** @default Date.now */
  now?: () => number;
}

/** Connects before resolving, so an unreachable Redis fails here, at start. */
export async function createPresenceStore(options: CreatePresenceStoreOptions): Promise<PresenceStore> {
  if (!options.redisUrl) return new MemoryPresenceStore(options.now);
  return new RedisPresenceStore(options.redisUrl, options.keyPrefix, options.now).connect();
}
