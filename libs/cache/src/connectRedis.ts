import { Redis } from 'ioredis';

export interface ConnectRedisOptions {
  /** Told when the first connection fails; the client keeps reconnecting in the background. */
  onConnectError(error: unknown): void;
}

/**
 * A Redis client for shared state (rate-limit counters, attempt counters, the token denylist): no offline queue and
 * one retry per command, so a command fails fast while Redis is away and each user decides what that means (rate
 * limits fail open, the denylist denies). An unreachable Redis at start is reported, not fatal. The caller owns the
 * client and disconnects it on shutdown.
 */
export async function connectRedis(url: string, options: ConnectRedisOptions): Promise<Redis> {
  const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1, enableOfflineQueue: false });
  redis.on('error', () => {
    // Each failed command is reported where it happens; ioredis would otherwise print every reconnect attempt.
  });
  await redis.connect().catch((error: unknown) => options.onConnectError(error));
  return redis;
}
