import type { Redis } from 'ioredis';
import { RealtimeError } from '../errors.js';
import { connectOrDisconnect, createRedisClient } from '../lib/createRedisClient.js';
import { silentLogger, type RealtimeLogger } from '../RealtimeLogger.js';
import { checkChannel, encodeMessage } from './encodeMessage.js';
import { Listeners } from './Listeners.js';
import type { PubSub } from './PubSub.js';

/**
 * Redis pub/sub with two connections: a subscriber connection can run nothing but (UN)SUBSCRIBE, so publishing
 * needs its own. Channels are reference-counted: the first listener of a channel sends SUBSCRIBE, the last one to
 * leave sends UNSUBSCRIBE, and everything between is local. Both go over the one subscriber connection in order, so
 * an UNSUBSCRIBE racing a fresh SUBSCRIBE of the same channel leaves it subscribed. After a reconnect ioredis
 * re-subscribes by itself; what was published while the connection was down is lost (see `PubSub`).
 */
export class RedisPubSub implements PubSub {
  readonly kind = 'redis' as const;
  private readonly publisher: Redis;
  private readonly subscriber: Redis;
  private readonly listeners: Listeners;
  /** The SUBSCRIBE of each channel with listeners: later listeners await the same acknowledgement. */
  private readonly active = new Map<string, Promise<unknown>>();
  private closed = false;

  constructor(
    url: string,
    private readonly keyPrefix = 'mg:rt:',
    private readonly logger: RealtimeLogger = silentLogger,
  ) {
    this.listeners = new Listeners(logger);
    this.publisher = createRedisClient(url);
    this.subscriber = createRedisClient(url);
    this.subscriber.on('message', (channel: string, json: string) => {
      if (channel.startsWith(this.keyPrefix)) this.listeners.deliver(channel.slice(this.keyPrefix.length), json);
    });
  }

  async connect(): Promise<this> {
    try {
      await Promise.all([connectOrDisconnect(this.publisher), connectOrDisconnect(this.subscriber)]);
    } catch (error) {
      this.publisher.disconnect();
      this.subscriber.disconnect();
      throw error;
    }
    return this;
  }

  async publish(channel: string, message: unknown): Promise<void> {
    const json = encodeMessage(channel, message);
    this.checkOpen();
    await this.publisher.publish(this.keyPrefix + channel, json);
  }

  async subscribe(channel: string, onMessage: (message: unknown) => void): Promise<() => Promise<void>> {
    checkChannel(channel);
    this.checkOpen();
    const listener = (message: unknown) => onMessage(message);
    if (this.listeners.add(channel, listener)) this.active.set(channel, this.subscriber.subscribe(this.keyPrefix + channel));
    try {
      await this.active.get(channel);
    } catch (error) {
      await this.release(channel, listener);
      throw error;
    }
    let subscribed = true;
    return async () => {
      if (!subscribed) return;
      subscribed = false;
      await this.release(channel, listener);
    };
  }

  async close(): Promise<void> {
    this.closed = true;
    this.listeners.clear();
    this.active.clear();
    this.publisher.disconnect();
    this.subscriber.disconnect();
  }

  private async release(channel: string, listener: (message: unknown) => void): Promise<void> {
    if (!this.listeners.delete(channel, listener) || this.closed) return;
    this.active.delete(channel);
    try {
      await this.subscriber.unsubscribe(this.keyPrefix + channel);
    } catch (error) {
      // Nobody listens any more, so a stray message on it is dropped; the connection going away unsubscribes anyway.
      this.logger.warn({ channel, error }, 'realtime: UNSUBSCRIBE failed');
    }
  }

  private checkOpen(): void {
    if (this.closed) throw new RealtimeError('CLOSED', 'the PubSub is closed');
  }
}
