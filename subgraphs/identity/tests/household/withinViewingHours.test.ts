import { describe, expect, it } from 'vitest';
import { withinViewingHours } from '../../src/household/withinViewingHours.js';

const utc = (hhmm: string) => new Date(`2025-01-15T${hhmm}:00Z`);

describe('withinViewingHours', () => {
  it('allows any time when no hours are set', () => {
    expect(withinViewingHours({ viewingStart: null, viewingEnd: null, timeZone: null }, utc('03:00'))).toBe(true);
  });

  it('treats a day window as start-inclusive, end-exclusive', () => {
    const controls = { viewingStart: '06:00', viewingEnd: '21:00', timeZone: 'UTC' };
    expect(withinViewingHours(controls, utc('05:59'))).toBe(false);
    expect(withinViewingHours(controls, utc('06:00'))).toBe(true);
    expect(withinViewingHours(controls, utc('20:59'))).toBe(true);
    expect(withinViewingHours(controls, utc('21:00'))).toBe(false);
  });

  it('handles a window that spans midnight', () => {
    const controls = { viewingStart: '20:00', viewingEnd: '07:00', timeZone: 'UTC' };
    expect(withinViewingHours(controls, utc('19:59'))).toBe(false);
    expect(withinViewingHours(controls, utc('20:00'))).toBe(true);
    expect(withinViewingHours(controls, utc('23:30'))).toBe(true);
    expect(withinViewingHours(controls, utc('00:00'))).toBe(true);
    expect(withinViewingHours(controls, utc('06:59'))).toBe(true);
    expect(withinViewingHours(controls, utc('07:00'))).toBe(false);
    expect(withinViewingHours(controls, utc('12:00'))).toBe(false);
  });

  it('reads the hours in the profile time zone', () => {
    // 06:00–21:00 in Tokyo (UTC+9): 20:30 UTC is 05:30 next day in Tokyo, 21:30 UTC is 06:30.
    const tokyo = { viewingStart: '06:00', viewingEnd: '21:00', timeZone: 'Asia/Tokyo' };
    expect(withinViewingHours(tokyo, utc('20:30'))).toBe(false);
    expect(withinViewingHours(tokyo, utc('21:30'))).toBe(true);
    expect(withinViewingHours(tokyo, utc('11:59'))).toBe(true);
    expect(withinViewingHours(tokyo, utc('12:00'))).toBe(false);
  });

  it('follows daylight saving time', () => {
    const newYork = { viewingStart: '06:00', viewingEnd: '21:00', timeZone: 'America/New_York' };
    // 10:30 UTC is 05:30 EST in January but 06:30 EDT in July.
    expect(withinViewingHours(newYork, new Date('2025-01-15T10:30:00Z'))).toBe(false);
    expect(withinViewingHours(newYork, new Date('2025-07-15T10:30:00Z'))).toBe(true);
  });

  it('refuses hours without a time zone rather than guess one', () => {
    expect(() => withinViewingHours({ viewingStart: '06:00', viewingEnd: '21:00', timeZone: null }, utc('12:00'))).toThrow(
      new TypeError('controls must come from parseParentalControls: viewing hours need valid HH:MM times and a timeZone'),
    );
  });
});
