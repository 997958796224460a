import type { RealtimeLogger } from '../RealtimeLogger.js';
import { MemoryPubSub } from './MemoryPubSub.js';
import type { PubSub } from './PubSub.js';
import { RedisPubSub } from './RedisPubSub.js';

export interface CreatePubSubOptions {
  /** Redis when set (fan-out across processes), else in-process (embedded mode). */
  redisUrl?: string | undefined;
  /** Prepended to every Redis channel name. @default 'mg:rt:' */
  keyPrefix?: string;
  /** Told about undeliverable messages and throwing subscribers. */
  logger?: RealtimeLogger;
}

/** Connects before resolving, so an unreachable Redis fails here, at start. */
export async function createPubSub(options: CreatePubSubOptions): Promise<PubSub> {
  if (!options.redisUrl) return new MemoryPubSub(options.logger);
  return new RedisPubSub(options.redisUrl, options.keyPrefix, options.logger).connect();
}
