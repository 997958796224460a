import { describe, expect, it } from 'vitest';
import { mailRetryDelay } from '../../src/store/mailRetryDelay.js';

describe('mailRetryDelay', () => {
  it('doubles from one second and stops at fifteen minutes', () => {
    expect([1, 2, 3, 4, 10, 11].map((failures) => mailRetryDelay(failures))).toEqual([1000, 2000, 4000, 8000, 512_000, 900_000]);
    expect(mailRetryDelay(1_000)).toBe(900_000);
  });

  it('follows a custom policy', () => {
    expect([1, 2, 3].map((failures) => mailRetryDelay(failures, { baseDelayMs: 100, maxDelayMs: 250 }))).toEqual([100, 200, 250]);
  });

  it('refuses a failure count that is not a positive integer', () => {
    expect(() => mailRetryDelay(0)).toThrow(new TypeError('mailRetryDelay: `failures` must be a positive integer, got 0'));
  });
});
