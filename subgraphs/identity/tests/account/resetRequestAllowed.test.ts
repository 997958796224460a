import { describe, expect, it } from 'vitest';
import { resetRequestAllowed } from '../../src/account/resetRequestAllowed.js';

const now = new Date('2025-03-01T12:00:00Z');
const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000);

describe('resetRequestAllowed (3 per email per hour)', () => {
  it('allows up to three requests in the last hour', () => {
    expect(resetRequestAllowed([], now)).toBe(true);
    expect(resetRequestAllowed([minutesAgo(50), minutesAgo(10)], now)).toBe(true);
    expect(resetRequestAllowed([minutesAgo(50), minutesAgo(10), minutesAgo(1)], now)).toBe(false);
  });

  it('forgets requests older than an hour', () => {
    expect(resetRequestAllowed([minutesAgo(60), minutesAgo(10), minutesAgo(1)], now)).toBe(true);
  });
});
