import { describe, expect, it } from 'vitest';
import { EventQueue } from '../../src/subscriptions/EventQueue.js';

describe('EventQueue', () => {
  it('hands items over in order and reports how many wait', async () => {
    const sizes: number[] = [];
    let size = 0;
    const queue = new EventQueue<number>((delta) => sizes.push((size += delta)));
    queue.push(1);
    queue.push(2);
    expect(await queue.take()).toBe(1);
    expect(await queue.take()).toBe(2);
    const waiting = queue.take();
    queue.push(3);
    // Handed straight to the waiting taker: it never counted as queued.
    expect(await waiting).toBe(3);
    expect(sizes).toEqual([1, 2, 1, 0]);
  });

  it('releases a waiting taker on close, drops what is queued, and ignores later pushes', async () => {
    let size = 0;
    const queue = new EventQueue<string>((delta) => (size += delta));
    const waiting = queue.take();
    queue.close();
    expect(await waiting).toBeUndefined();

    const other = new EventQueue<string>((delta) => (size += delta));
    other.push('a');
    other.push('b');
    other.close();
    other.push('c');
    expect(size).toBe(0);
    expect(await other.take()).toBeUndefined();
  });

  it('allows one taker at a time', async () => {
    const queue = new EventQueue<number>();
    void queue.take();
    await expect(queue.take()).rejects.toThrow('one taker at a time');
  });
});
