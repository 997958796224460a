import { describe, expect, it } from 'vitest';
import { MemoryPubSub, pubSubIterator, RealtimeError, subscribeIterator, type PubSub } from '@media-gateway/realtime';

/** A MemoryPubSub that counts live subscriptions, and can be told to refuse a channel. */
function countingPubSub(refuse: string[] = []) {
  const inner = new MemoryPubSub();
  const live = new Map<string, number>();
  const pubsub: PubSub = {
    kind: 'memory',
    publish: (channel, message) => inner.publish(channel, message),
    async subscribe(channel, onMessage) {
      if (refuse.includes(channel)) throw new Error(`refused ${channel}`);
      const unsubscribe = await inner.subscribe(channel, onMessage);
      live.set(channel, (live.get(channel) ?? 0) + 1);
      return async () => {
        live.set(channel, live.get(channel)! - 1);
        await unsubscribe();
      };
    },
    close: () => inner.close(),
  };
  const total = () => [...live.values()].reduce((sum, n) => sum + n, 0);
  return { pubsub, total };
}

describe('pubSubIterator', () => {
  it('subscribes lazily, on the first next(): what was published before is not seen', async () => {
    const { pubsub, total } = countingPubSub();
    const iterator = pubSubIterator<number>(pubsub, ['c']);
    await pubsub.publish('c', 1);
    expect(total()).toBe(0);
    const next = iterator.next();
    await pubsub.publish('c', 2);
    expect(await next).toEqual({ done: false, value: 2 });
    await iterator.return!();
    expect(total()).toBe(0);
  });

  it('subscribeIterator resolves subscribed, so it sees what is published right after', async () => {
    const { pubsub, total } = countingPubSub();
    const iterator = await subscribeIterator<number>(pubsub, ['a', 'b']);
    expect(total()).toBe(2);
    await pubsub.publish('a', 1);
    await pubsub.publish('b', 2);
    await pubsub.publish('a', 3);
    expect([await iterator.next(), await iterator.next(), await iterator.next()].map((r) => r.value)).toEqual([1, 2, 3]);
    await iterator.return!();
    expect(total()).toBe(0);
  });

  it('buffers messages while nobody asks, and hands them out in order', async () => {
    const { pubsub } = countingPubSub();
    const iterator = await subscribeIterator<number>(pubsub, ['c']);
    for (const n of [1, 2, 3]) await pubsub.publish('c', n);
    const received: number[] = [];
    for await (const n of iterator) {
      received.push(n);
      if (received.length === 3) break;
    }
    expect(received).toEqual([1, 2, 3]);
  });

  it('unsubscribes when a for-await loop breaks', async () => {
    const { pubsub, total } = countingPubSub();
    const iterator = await subscribeIterator<number>(pubsub, ['c']);
    await pubsub.publish('c', 1);
    for await (const _ of iterator) break;
    expect(total()).toBe(0);
    expect(await iterator.next()).toEqual({ done: true, value: undefined });
  });

  it('skips what the filter rejects, keeping arrival order through an async filter', async () => {
    const { pubsub } = countingPubSub();
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    const iterator = await subscribeIterator<{ n: number }>(pubsub, ['c'], {
      // The first message is still being filtered while the others arrive; order must still hold.
      filter: async ({ n }) => {
        if (n === 1) await gate;
        return n % 2 === 1;
      },
    });
    for (const n of [1, 2, 3, 4, 5]) await pubsub.publish('c', { n });
    const first = iterator.next();
    open();
    expect([await first, await iterator.next(), await iterator.next()].map((r) => r.value)).toEqual([{ n: 1 }, { n: 3 }, { n: 5 }]);
    await iterator.return!();
  });

  it('counts messages still in the filter against the bound', async () => {
    const { pubsub } = countingPubSub();
    const iterator = await subscribeIterator<number>(pubsub, ['c'], { maxBuffered: 2, filter: () => new Promise<boolean>(() => {}) });
    for (const n of [1, 2, 3]) await pubsub.publish('c', n);
    await expect(iterator.next()).rejects.toMatchObject({ code: 'SLOW_CONSUMER' });
  });

  it('accepts a synchronous filter', async () => {
    const { pubsub } = countingPubSub();
    const iterator = await subscribeIterator<string>(pubsub, ['c'], { filter: (m) => m !== 'skip' });
    await pubsub.publish('c', 'skip');
    await pubsub.publish('c', 'keep');
    expect(await iterator.next()).toEqual({ done: false, value: 'keep' });
    await iterator.return!();
  });

  it('ends with the error a filter throws, and unsubscribes', async () => {
    const { pubsub, total } = countingPubSub();
    const iterator = await subscribeIterator<number>(pubsub, ['c'], {
      filter: () => {
        throw new Error('filter bug');
      },
    });
    const next = iterator.next();
    await pubsub.publish('c', 1);
    await expect(next).rejects.toThrow('filter bug');
    expect(total()).toBe(0);
    expect(await iterator.next()).toEqual({ done: true, value: undefined });
  });

  it('drops a slow consumer: more than maxBuffered waiting → SLOW_CONSUMER, unsubscribed', async () => {
    const { pubsub, total } = countingPubSub();
    const iterator = await subscribeIterator<number>(pubsub, ['c'], { maxBuffered: 3 });
    for (const n of [1, 2, 3]) await pubsub.publish('c', n);
    expect(total()).toBe(1); // exactly maxBuffered waiting is fine
    await pubsub.publish('c', 4);
    expect(total()).toBe(0);
    const error = await iterator.next().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RealtimeError);
    expect(error).toMatchObject({ code: 'SLOW_CONSUMER', message: expect.stringMatching(/more than 3 messages/) });
    expect(await iterator.next()).toEqual({ done: true, value: undefined });
  });

  it('does not count messages already taken against the bound', async () => {
    const { pubsub } = countingPubSub();
    const iterator = await subscribeIterator<number>(pubsub, ['c'], { maxBuffered: 2 });
    for (let n = 1; n <= 10; n++) {
      await pubsub.publish('c', n);
      expect(await iterator.next()).toEqual({ done: false, value: n });
    }
    await iterator.return!();
  });

  it('return() resolves a pending next() as done and unsubscribes', async () => {
    const { pubsub, total } = countingPubSub();
    const iterator = await subscribeIterator<number>(pubsub, ['c']);
    const pending = iterator.next();
    expect(await iterator.return!()).toEqual({ done: true, value: undefined });
    expect(await pending).toEqual({ done: true, value: undefined });
    expect(total()).toBe(0);
    await pubsub.publish('c', 1);
    expect(await iterator.next()).toEqual({ done: true, value: undefined });
  });

  it('return() while the lazy subscription is still being set up leaves nothing subscribed', async () => {
    const { pubsub, total } = countingPubSub();
    const iterator = pubSubIterator<number>(pubsub, ['a', 'b']);
    const pending = iterator.next();
    await iterator.return!();
    expect(await pending).toEqual({ done: true, value: undefined });
    expect(total()).toBe(0);
  });

  it('throw() unsubscribes and rethrows', async () => {
    const { pubsub, total } = countingPubSub();
    const iterator = await subscribeIterator<number>(pubsub, ['c']);
    await expect(iterator.throw!(new Error('stop'))).rejects.toThrow('stop');
    expect(total()).toBe(0);
  });

  it('fails whole when one channel cannot be subscribed, leaving none subscribed', async () => {
    const { pubsub, total } = countingPubSub(['bad']);
    await expect(subscribeIterator(pubsub, ['good', 'bad'])).rejects.toThrow('refused bad');
    expect(total()).toBe(0);
    const lazy = pubSubIterator(pubsub, ['good', 'bad']);
    await expect(lazy.next()).rejects.toThrow('refused bad');
    expect(total()).toBe(0);
    expect(await lazy.next()).toEqual({ done: true, value: undefined });
  });

  it('rejects bad options as caller misuse', () => {
    const { pubsub } = countingPubSub();
    expect(() => pubSubIterator(pubsub, [])).toThrow(TypeError);
    expect(() => pubSubIterator(pubsub, ['c'], { maxBuffered: 0 })).toThrow(/maxBuffered must be a positive integer/);
  });
});
