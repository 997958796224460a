/**
 * Fire-and-forget fan-out across processes (Redis pub/sub) or inside one (memory). Messages are JSON values; a
 * subscriber gets its own parsed copy. Delivery is at most once and in publish order per channel and publisher: a
 * subscriber that is not connected when a message is published never sees it, so anything that must not be lost
 * (library changes, progress) is also readable from storage (`syncSince`).
 */
export interface PubSub {
  readonly kind: 'memory' | 'redis';
  publish(channel: string, message: unknown): Promise<void>;
  /** Resolves once the subscription is active (Redis SUBSCRIBE acknowledged). The returned function unsubscribes. */
  subscribe(channel: string, onMessage: (message: unknown) => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}
