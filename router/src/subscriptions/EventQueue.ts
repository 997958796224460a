/**
 * Items pushed by an upstream (a subgraph's stream) and taken one at a time by the delivery loop. It does not bound
 * itself: every push and take reports the change through `onSizeChange`, and the connection that owns several
 * queues decides when the total is too much (see `SubscriptionConnection`).
 */
export class EventQueue<T> {
  private items: T[] = [];
  private waiting: ((item: T | undefined) => void) | undefined;
  private closed = false;

  constructor(private readonly onSizeChange: (delta: number) => void = () => {}) {}

  get size(): number {
    return this.items.length;
  }

  /** Ignored once closed. */
  push(item: T): void {
    if (this.closed) return;
    const taker = this.waiting;
    if (taker) {
      this.waiting = undefined;
      taker(item);
      return;
    }
    this.items.push(item);
    this.onSizeChange(1);
  }

  /** The next item, waiting for one if needed; undefined once closed. One taker at a time. */
  take(): Promise<T | undefined> {
    if (this.items.length > 0) {
      const item = this.items.shift() as T;
      this.onSizeChange(-1);
      return Promise.resolve(item);
    }
    if (this.closed) return Promise.resolve(undefined);
    if (this.waiting) return Promise.reject(new Error('EventQueue has one taker at a time'));
    return new Promise((resolve) => (this.waiting = resolve));
  }

  /** Drops what is queued and releases a waiting taker with undefined. Idempotent. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    if (this.items.length > 0) this.onSizeChange(-this.items.length);
    this.items = [];
    const taker = this.waiting;
    this.waiting = undefined;
    taker?.(undefined);
  }
}
