import type { Cache } from './Cache.js';

interface Entry {
  json: string;
  expiresAt: number;
}

/** In-process cache, bounded by entry count; the least recently used entry is evicted first. */
export class MemoryCache implements Cache {
  readonly kind = 'memory' as const;
  private readonly entries = new Map<string, Entry>();
  private readonly counters = new Map<string, number>();

  constructor(private readonly maxEntries = 10_000, private readonly now: () => number = Date.now) {}

  async get<T>(key: string): Promise<T | undefined> {
    // A counter reads back as its number, as a Redis INCR key does.
    const counter = this.counters.get(key);
    if (counter !== undefined) return counter as T;
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= this.now()) {
      this.entries.delete(key);
      return undefined;
    }
    // Re-insert so Map order tracks recency.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return JSON.parse(entry.json) as T;
  }

  async set(key: string, value: unknown, ttlSeconds: number): Promise<void> {
    if (!(ttlSeconds > 0)) throw new TypeError(`ttlSeconds must be positive, got ${ttlSeconds}`);
    this.entries.delete(key);
    this.entries.set(key, { json: JSON.stringify(value), expiresAt: this.now() + ttlSeconds * 1000 });
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
  }

  async delete(key: string): Promise<void> {
    this.entries.delete(key);
    this.counters.delete(key);
  }

  async incr(key: string): Promise<number> {
    const next = (this.counters.get(key) ?? 0) + 1;
    this.counters.set(key, next);
    return next;
  }

  async ping(): Promise<void> {}

  async close(): Promise<void> {
    this.entries.clear();
    this.counters.clear();
  }
}
