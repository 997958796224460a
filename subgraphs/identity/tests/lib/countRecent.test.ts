import { describe, expect, it } from 'vitest';
import { countRecent, secondsUntilBelowLimit } from '../../src/lib/countRecent.js';

const now = new Date('2025-03-01T12:00:00Z');
const ago = (seconds: number) => new Date(now.getTime() - seconds * 1000);

describe('countRecent', () => {
  it('counts the half-open window (now - window, now]', () => {
    expect(countRecent([ago(60), ago(59), ago(0)], now, 60_000)).toBe(2);
  });

  it('counts times slightly in the future', () => {
    expect(countRecent([ago(-2)], now, 60_000)).toBe(1);
  });

  it('says when the window frees up, rounding up', () => {
    expect(secondsUntilBelowLimit([ago(50), ago(40), ago(30)], now, 60_000, 3)).toBe(10);
    expect(secondsUntilBelowLimit([ago(50), ago(40), ago(30)], now, 60_000, 2)).toBe(20);
    expect(secondsUntilBelowLimit([ago(50)], now, 60_000, 3)).toBe(0);
  });
});
