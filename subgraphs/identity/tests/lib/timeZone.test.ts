import { describe, expect, it } from 'vitest';
import { canonicalTimeZone, localMinuteOfDay } from '../../src/lib/timeZone.js';

describe('timeZone', () => {
  it('canonicalises known zones and rejects unknown ones', () => {
    expect(canonicalTimeZone('europe/paris')).toBe('Europe/Paris');
    expect(canonicalTimeZone('UTC')).toBe('UTC');
    expect(canonicalTimeZone('Mars/Olympus_Mons')).toBeNull();
    expect(canonicalTimeZone('')).toBeNull();
  });

  it('reads local wall-clock time, DST included', () => {
    // 12:00 UTC is 13:00 in Paris in winter (CET) and 14:00 in summer (CEST).
    expect(localMinuteOfDay(new Date('2025-01-15T12:00:00Z'), 'Europe/Paris')).toBe(13 * 60);
    expect(localMinuteOfDay(new Date('2025-07-15T12:00:00Z'), 'Europe/Paris')).toBe(14 * 60);
    expect(localMinuteOfDay(new Date('2025-07-15T00:05:00Z'), 'UTC')).toBe(5);
  });
});
