import { describe, expect, it } from 'vitest';
import { parseParentalControls } from '../../src/household/parseParentalControls.js';

describe('parseParentalControls (§6)', () => {
  it('normalises a full set of controls', () => {
    expect(
      parseParentalControls({
        enabled: true,
        contentRatingLimit: 'PG_13',
        blockedGenres: [' Horror', 'horror', 'WAR', 'science_fiction'],
        viewingStart: '06:00',
        viewingEnd: '21:00',
        timeZone: 'america/new_york',
      }),
    ).toEqual({
      ok: true,
      value: {
        enabled: true,
        contentRatingLimit: 'PG_13',
        blockedGenres: ['horror', 'war', 'science_fiction'],
        viewingStart: '06:00',
        viewingEnd: '21:00',
        timeZone: 'America/New_York',
      },
    });
  });

  it('fills absent fields with "no restriction"', () => {
    expect(parseParentalControls({ enabled: false })).toEqual({
      ok: true,
      value: { enabled: false, contentRatingLimit: null, blockedGenres: [], viewingStart: null, viewingEnd: null, timeZone: null },
    });
  });

  it('accepts hours that span midnight', () => {
    expect(parseParentalControls({ enabled: true, viewingStart: '20:00', viewingEnd: '07:30', timeZone: 'UTC' }).ok).toBe(true);
  });

  it.each([
    [{ contentRatingLimit: 'PG-13' }, ['contentRatingLimit must be one of G, PG, PG_13, R, NC_17, got "PG-13"']],
    [{ blockedGenres: ['horror', ' '] }, ['blockedGenres must not contain empty genres']],
    [{ viewingStart: '6:00', viewingEnd: '21:00', timeZone: 'UTC' }, ['viewingStart must be a 24-hour time HH:MM, got "6:00"']],
    [{ viewingStart: '06:00', viewingEnd: '24:00', timeZone: 'UTC' }, ['viewingEnd must be a 24-hour time HH:MM, got "24:00"']],
    [{ viewingStart: '06:00', timeZone: 'UTC' }, ['viewingStart and viewingEnd must be given together']],
    [{ viewingStart: '06:00', viewingEnd: '06:00', timeZone: 'UTC' }, ['viewingStart and viewingEnd must differ; omit both to allow viewing at any time']],
    [{ viewingStart: '06:00', viewingEnd: '21:00' }, ['timeZone is required when viewing hours are set']],
    [{ timeZone: 'Europe/Atlantis' }, ['timeZone must be an IANA time zone such as "Europe/Paris", got "Europe/Atlantis"']],
  ])('rejects %o', (input, problems) => {
    expect(parseParentalControls({ enabled: true, ...input })).toEqual({ ok: false, problems });
  });

  it('reports every problem together', () => {
    const result = parseParentalControls({ enabled: true, contentRatingLimit: 'X', viewingStart: '25:00', viewingEnd: null, timeZone: 'Nowhere/City' });
    expect(result.problems).toEqual([
      'contentRatingLimit must be one of G, PG, PG_13, R, NC_17, got "X"',
      'viewingStart must be a 24-hour time HH:MM, got "25:00"',
      'viewingStart and viewingEnd must be given together',
      'timeZone must be an IANA time zone such as "Europe/Paris", got "Nowhere/City"',
    ]);
  });
});
