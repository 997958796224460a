import { describe, expect, it } from 'vitest';
import { MfaAttemptPolicy } from '../../src/mfa/MfaAttemptPolicy.js';

const start = new Date('2025-03-01T12:00:00Z');
const at = (seconds: number) => new Date(start.getTime() + seconds * 1000);

describe('MfaAttemptPolicy (5 per minute per user, reset on success)', () => {
  it('blocks the sixth attempt after five failures within a minute', () => {
    let failures: Date[] = [];
    for (const second of [0, 10, 20, 30, 40]) {
      expect(MfaAttemptPolicy.check(failures, at(second))).toEqual({ allowed: true });
      failures = MfaAttemptPolicy.record(failures, 'failure', at(second));
    }
    expect(MfaAttemptPolicy.check(failures, at(50))).toEqual({ allowed: false, retryAfterSeconds: 10 });
  });

  it('allows again once the oldest failure leaves the window', () => {
    const failures = [0, 10, 20, 30, 40].map(at);
    expect(MfaAttemptPolicy.check(failures, at(59.5)).allowed).toBe(false);
    expect(MfaAttemptPolicy.check(failures, at(60))).toEqual({ allowed: true });
  });

  it('a success resets the counter', () => {
    const failures = [0, 10, 20, 30].map(at);
    const afterSuccess = MfaAttemptPolicy.record(failures, 'success', at(35));
    expect(afterSuccess).toEqual([]);
    let next = afterSuccess;
    for (const second of [36, 37, 38, 39]) next = MfaAttemptPolicy.record(next, 'failure', at(second));
    expect(MfaAttemptPolicy.check(next, at(40))).toEqual({ allowed: true });
  });

  it('prunes failures older than the window when recording', () => {
    expect(MfaAttemptPolicy.record([at(0), at(30)], 'failure', at(61))).toEqual([at(30), at(61)]);
  });
});
