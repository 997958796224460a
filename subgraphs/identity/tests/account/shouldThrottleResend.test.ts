import { describe, expect, it } from 'vitest';
import { shouldThrottleResend } from '../../src/account/shouldThrottleResend.js';

const now = new Date('2025-03-01T12:00:00Z');
const ago = (ms: number) => new Date(now.getTime() - ms);

describe('shouldThrottleResend (one verification email per minute per address)', () => {
  it('never throttles the first email', () => {
    expect(shouldThrottleResend(null, now)).toBe(false);
  });

  it('throttles within the minute and allows at the minute', () => {
    expect(shouldThrottleResend(ago(59_999), now)).toBe(true);
    expect(shouldThrottleResend(ago(60_000), now)).toBe(false);
  });
});
