/**
 * A first-in first-out queue of at most `capacity` items on a ring buffer: adding to a full queue drops the oldest
 * item, and both ends are O(1) (an array's `shift` moves every remaining item).
 */
export class BoundedQueue<T> {
  private readonly items: Array<T | undefined>;
  private head = 0;
  private count = 0;

  constructor(readonly capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new TypeError(`BoundedQueue: \`capacity\` must be a positive integer, got ${capacity}`);
    this.items = new Array<T | undefined>(capacity);
  }

  get size(): number {
    return this.count;
  }

  /** Adds `item` at the tail; answers true when the queue was full and its oldest item was dropped for it. */
  push(item: T): boolean {
    const tail = (this.head + this.count) % this.capacity;
    this.items[tail] = item;
    if (this.count < this.capacity) {
      this.count += 1;
      return false;
    }
    this.head = (this.head + 1) % this.capacity;
    return true;
  }

  /** Removes up to `max` items from the head, oldest first. */
  take(max: number): T[] {
    const n = Math.min(Math.max(0, Math.floor(max)), this.count);
    const out: T[] = [];
    for (let i = 0; i < n; i += 1) {
      out.push(this.items[this.head] as T);
      // Let the garbage collector have what was taken.
      this.items[this.head] = undefined;
      this.head = (this.head + 1) % this.capacity;
    }
    this.count -= n;
    return out;
  }
}
