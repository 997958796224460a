import { describe, expect, it } from 'vitest';
import { contentRestrictions, KIDS_DEFAULT_RATING_LIMIT } from '../../src/household/contentRestrictions.js';
import type { ParentalControls } from '../../src/household/ParentalControls.js';

const noon = new Date('2025-01-15T12:00:00Z');
const late = new Date('2025-01-15T22:00:00Z');
const controls: ParentalControls = {
  enabled: true,
  contentRatingLimit: 'PG_13',
  blockedGenres: ['horror', 'war'],
  viewingStart: '06:00',
  viewingEnd: '21:00',
  timeZone: 'UTC',
};
const kids = { isKids: true };

describe('contentRestrictions', () => {
  it('restricts nothing for an adult profile without controls', () => {
    expect(contentRestrictions(null, noon, null)).toEqual({ maxRatingRank: null, blockedGenres: [], viewingAllowedNow: true });
  });

  it('applies enabled controls: rating rank, genres, viewing hours', () => {
    expect(contentRestrictions(controls, noon, null)).toEqual({ maxRatingRank: 2, blockedGenres: ['horror', 'war'], viewingAllowedNow: true });
    expect(contentRestrictions(controls, late, null).viewingAllowedNow).toBe(false);
  });

  it('ignores disabled controls', () => {
    expect(contentRestrictions({ ...controls, enabled: false }, late, null)).toEqual({ maxRatingRank: null, blockedGenres: [], viewingAllowedNow: true });
  });

  it('holds a kids profile to G/PG when no limit is set', () => {
    expect(KIDS_DEFAULT_RATING_LIMIT).toBe('PG');
    expect(contentRestrictions(null, noon, null, kids)).toEqual({ maxRatingRank: 1, blockedGenres: [], viewingAllowedNow: true });
    expect(contentRestrictions({ ...controls, contentRatingLimit: null }, noon, null, kids).maxRatingRank).toBe(1);
    expect(contentRestrictions({ ...controls, enabled: false }, noon, null, kids).maxRatingRank).toBe(1);
  });

  it("uses a kids profile's explicit limit, stricter or looser", () => {
    expect(contentRestrictions({ ...controls, contentRatingLimit: 'G' }, noon, null, kids).maxRatingRank).toBe(0);
    expect(contentRestrictions(controls, late, null, kids)).toEqual({ maxRatingRank: 2, blockedGenres: ['horror', 'war'], viewingAllowedNow: false });
  });

  it('a PIN verified in the last five minutes lifts everything, the kids default included', () => {
    const pinAt = new Date(late.getTime() - 60_000);
    expect(contentRestrictions(controls, late, pinAt, kids)).toEqual({ maxRatingRank: null, blockedGenres: [], viewingAllowedNow: true });
    const stalePin = new Date(late.getTime() - 300_000);
    expect(contentRestrictions(controls, late, stalePin, kids).maxRatingRank).toBe(2);
  });

  it('returns a copy of the blocked genres', () => {
    const result = contentRestrictions(controls, noon, null);
    result.blockedGenres.push('comedy');
    expect(controls.blockedGenres).toEqual(['horror', 'war']);
  });
});
