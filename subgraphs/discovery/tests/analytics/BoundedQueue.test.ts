import { describe, expect, it } from 'vitest';
import { BoundedQueue } from '../../src/analytics/BoundedQueue.js';

describe('BoundedQueue', () => {
  it('takes items oldest first, in batches', () => {
    const queue = new BoundedQueue<number>(5);
    for (const n of [1, 2, 3, 4]) queue.push(n);
    expect(queue.take(3)).toEqual([1, 2, 3]);
    expect(queue.size).toBe(1);
    expect(queue.take(10)).toEqual([4]);
    expect(queue.take(10)).toEqual([]);
  });

  it('drops the oldest item when full and says so', () => {
    const queue = new BoundedQueue<number>(3);
    expect([1, 2, 3].map((n) => queue.push(n))).toEqual([false, false, false]);
    expect(queue.push(4)).toBe(true);
    expect(queue.push(5)).toBe(true);
    expect(queue.size).toBe(3);
    expect(queue.take(3)).toEqual([3, 4, 5]);
  });

  it('keeps order across the end of the ring', () => {
    const queue = new BoundedQueue<number>(3);
    let next = 0;
    const taken: number[] = [];
    for (let round = 0; round < 7; round += 1) {
      queue.push(next++);
      queue.push(next++);
      taken.push(...queue.take(2));
    }
    expect(taken).toEqual(Array.from({ length: 14 }, (_, i) => i));
  });

  it('refuses a capacity that is not a positive integer', () => {
    expect(() => new BoundedQueue(0)).toThrow(new TypeError('BoundedQueue: `capacity` must be a positive integer, got 0'));
  });
});
