import { Redis } from 'ioredis';

/**
 * A client with the product's fail-fast options: one retry per command and no offline queue, so a command fails
 * while Redis is away instead of queueing forever. `lazyConnect`: the caller awaits `connect()`, so an unreachable
 * Redis at start is an error there and not a background retry loop.
 */
export function createRedisClient(url: string): Redis {
  const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1, enableOfflineQueue: false });
  redis.on('error', () => {
    // Failures surface on the commands themselves; without a listener ioredis would print every reconnect attempt.
  });
  return redis;
}

/** Connects, or stops the client's reconnect loop and rethrows: a failed start must not leave a timer running. */
export async function connectOrDisconnect(redis: Redis): Promise<void> {
  try {
    await redis.connect();
  } catch (error) {
    redis.disconnect();
    throw error;
  }
}
