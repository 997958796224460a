import { RealtimeError } from '../errors.js';
import type { PubSub } from './PubSub.js';

export interface PubSubIteratorOptions<T> {
  /** Messages it rejects are skipped. Runs in arrival order, one message at a time, even when async. */
  filter?: (message: T) => boolean | Promise<boolean>;
  /**
   * How many messages may wait for the consumer. One more and the iterator is dropped: its next `next()` rejects
   * with a `RealtimeError` SLOW_CONSUMER and it unsubscribes. The client re-subscribes and catches up from storage,
   * which beats a server holding an unbounded queue for it.
   * @default 1000
   */
  maxBuffered?: number;
}

/**
 * An async iterator over one or more channels, for GraphQL `subscribe` resolvers. It subscribes lazily, on the
 * first `next()`, so a message published between the call and that `next()` is not seen. When the caller must not
 * miss what happens right after it returns (a resolver that then answers "subscribed", a test that publishes next),
 * use `subscribeIterator`, which resolves once every channel is subscribed; graphql-js accepts a Promise of an
 * iterator from `subscribe`, so that is the one resolvers should return.
 */
export function pubSubIterator<T>(pubsub: PubSub, channels: string[], options: PubSubIteratorOptions<T> = {}): AsyncIterableIterator<T> {
  return new ChannelIterator<T>(pubsub, channels, options);
}

/** `pubSubIterator`, resolved once the subscription is active (rejects, subscribed to nothing, if it fails). */
export async function subscribeIterator<T>(pubsub: PubSub, channels: string[], options: PubSubIteratorOptions<T> = {}): Promise<AsyncIterableIterator<T>> {
  const iterator = new ChannelIterator<T>(pubsub, channels, options);
  await iterator.start();
  return iterator;
}

interface Waiter<T> {
  resolve(result: IteratorResult<T>): void;
  reject(error: unknown): void;
}

const DONE = { done: true, value: undefined } as const;

class ChannelIterator<T> implements AsyncIterableIterator<T> {
  private readonly channels: string[];
  private readonly filter: ((message: T) => boolean | Promise<boolean>) | undefined;
  private readonly maxBuffered: number;
  /** Accepted messages nobody has taken yet. */
  private readonly buffer: T[] = [];
  private readonly waiters: Waiter<T>[] = [];
  /** Messages received but still in the filter; they count against the bound too. */
  private filtering = 0;
  /** Keeps async filters in arrival order. */
  private filterChain: Promise<void> = Promise.resolve();
  private started: Promise<void> | undefined;
  private unsubscribes: (() => Promise<void>)[] = [];
  private failure: unknown = undefined;
  private done = false;

  constructor(
    private readonly pubsub: PubSub,
    channels: string[],
    options: PubSubIteratorOptions<T>,
  ) {
    if (!Array.isArray(channels) || channels.length === 0) throw new TypeError('channels must be a non-empty array');
    const maxBuffered = options.maxBuffered ?? 1000;
    if (!(Number.isInteger(maxBuffered) && maxBuffered > 0)) throw new TypeError(`maxBuffered must be a positive integer, got ${maxBuffered}`);
    this.channels = [...new Set(channels)];
    this.filter = options.filter;
    this.maxBuffered = maxBuffered;
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  start(): Promise<void> {
    this.started ??= this.subscribeAll();
    return this.started;
  }

  async next(): Promise<IteratorResult<T>> {
    if (this.failure !== undefined) {
      const failure = this.failure;
      this.failure = undefined;
      throw failure;
    }
    if (this.buffer.length > 0) return { done: false, value: this.buffer.shift() as T };
    if (this.done) return DONE;
    const result = new Promise<IteratorResult<T>>((resolve, reject) => this.waiters.push({ resolve, reject }));
    this.start().catch(() => {
      // subscribeAll already failed every waiter with the error.
    });
    return result;
  }

  /** Unsubscribes (waiting for a subscription still being set up) and resolves every pending `next()` as done. */
  async return(): Promise<IteratorResult<T>> {
    await this.close();
    return DONE;
  }

  async throw(error?: unknown): Promise<IteratorResult<T>> {
    await this.close();
    throw error;
  }

  private async close(): Promise<void> {
    await this.finish();
    // A subscription still in flight unsubscribes itself when it lands (see subscribeAll); wait for that.
    await this.started?.catch(() => {});
  }

  private async subscribeAll(): Promise<void> {
    const results = await Promise.allSettled(this.channels.map((channel) => this.pubsub.subscribe(channel, (message) => this.receive(message as T))));
    for (const result of results) if (result.status === 'fulfilled') this.unsubscribes.push(result.value);
    const failed = results.find((result) => result.status === 'rejected');
    if (failed) {
      await this.fail(failed.reason);
      throw failed.reason;
    }
    // return() came while we were subscribing: it could not unsubscribe what was not there yet.
    if (this.done) await this.unsubscribeAll();
  }

  private receive(message: T): void {
    if (this.done) return;
    if (this.buffer.length + this.filtering >= this.maxBuffered) {
      void this.fail(
        new RealtimeError('SLOW_CONSUMER', `more than ${this.maxBuffered} messages waited for this subscription; it was dropped — subscribe again`),
      );
      return;
    }
    if (!this.filter) {
      this.accept(message);
      return;
    }
    const filter = this.filter;
    this.filtering += 1;
    this.filterChain = this.filterChain.then(async () => {
      try {
        const keep = await filter(message);
        this.filtering -= 1;
        if (keep && !this.done) this.accept(message);
      } catch (error) {
        this.filtering -= 1;
        await this.fail(error);
      }
    });
  }

  private accept(message: T): void {
    const waiter = this.waiters.shift();
    if (waiter) waiter.resolve({ done: false, value: message });
    else this.buffer.push(message);
  }

  /** Ends the iterator with an error: a waiting `next()` rejects with it, else the next one does; then it is done. */
  private async fail(error: unknown): Promise<void> {
    if (this.done) return;
    const waiters = this.waiters.splice(0);
    if (waiters.length > 0) for (const waiter of waiters) waiter.reject(error);
    else this.failure = error;
    await this.finish();
  }

  private async finish(): Promise<void> {
    if (this.done) return;
    this.done = true;
    this.buffer.length = 0;
    for (const waiter of this.waiters.splice(0)) waiter.resolve(DONE);
    await this.unsubscribeAll();
  }

  private async unsubscribeAll(): Promise<void> {
    await Promise.allSettled(this.unsubscribes.splice(0).map((unsubscribe) => unsubscribe()));
  }
}
