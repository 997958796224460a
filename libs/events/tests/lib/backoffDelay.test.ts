import { describe, expect, it } from 'vitest';
import { DEFAULT_RETRY_POLICY, InProcessEventBus } from '@media-gateway/events';
import { backoffDelay } from '../../src/lib/backoffDelay.js';

describe('retry backoff', () => {
  it('doubles from the first delay up to the cap', () => {
    expect([1, 2, 3, 4, 5, 6].map((attempt) => backoffDelay(attempt, 100, 1_000))).toEqual([100, 200, 400, 800, 1_000, 1_000]);
  });

  it('has documented defaults and rejects a policy that makes no sense, naming the option', () => {
    expect(DEFAULT_RETRY_POLICY).toEqual({ initialDelayMs: 100, maxDelayMs: 30_000, maxAttempts: 10 });
    expect(() => new InProcessEventBus({ retry: { maxAttempts: 0 } })).toThrow('InProcessEventBus: `retry.maxAttempts` is invalid, got 0');
    expect(() => new InProcessEventBus({ retry: { initialDelayMs: 50, maxDelayMs: 10 } })).toThrow(/retry\.maxDelayMs/);
    expect(() => new InProcessEventBus({ retry: { maxAttempts: Infinity } })).not.toThrow();
  });
});
