import { describe, expect, it } from 'vitest';
import { normalizeVegaMovie, parseVegaReleaseDate, popularityFromVotes } from '../../src/ingestion/normalizeVegaMovie.js';
import { day } from '../support/makeRecord.js';

const landGirls = {
  Title: 'The Land Girls',
  'Release Date': 'Jun 12 1998',
  'MPAA Rating': 'R',
  'Running Time min': 111,
  'Major Genre': 'Drama',
  'Creative Type': 'Historical Fiction',
  Director: 'David Leland',
  'IMDB Rating': 6.1,
  'IMDB Votes': 1071,
};

describe('normalizeVegaMovie', () => {
  it('maps a full row', () => {
    const result = normalizeVegaMovie(landGirls);
    expect(result).toEqual({
      ok: true,
      title: {
        source: 'vega_movies',
        sourceKey: 'the-land-girls--jun-12-1998',
        contentType: 'MOVIE',
        title: 'The Land Girls',
        originalTitle: null,
        originalLanguage: null,
        overview: null,
        localizedTitles: [{ locale: 'en', names: ['The Land Girls'] }],
        releaseDate: day('1998-06-12'),
        endDate: null,
        runtimeMinutes: 111,
        genres: ['drama', 'history'],
        contentRating: { system: 'MPAA', rating: 'R' },
        credits: [{ personName: 'David Leland', role: 'DIRECTOR', job: 'Director', position: 0 }],
        externalIds: [],
        popularity: Math.log10(1072) / 6,
        averageRating: 6.1,
        voteCount: 1071,
        offers: [],
      },
    });
  });

  it('turns numeric titles into strings', () => {
    for (const n of [1776, 2012, 300, 9]) {
      const result = normalizeVegaMovie({ Title: n, 'Release Date': 'Nov 01 2009' });
      expect(result.title?.title).toBe(String(n));
      expect(result.title?.sourceKey).toBe(`${n}--nov-01-2009`);
    }
  });

  it('skips rows without a title as missing_title', () => {
    for (const Title of [null, undefined, '', '   ']) {
      expect(normalizeVegaMovie({ Title, 'Release Date': 'Jun 12 1998' })).toMatchObject({ ok: false, skipReason: 'missing_title' });
    }
  });

  it('skips impossible shapes as invalid_record', () => {
    for (const raw of [null, 42, 'The Land Girls', [landGirls], { Title: { en: 'x' } }, { Title: true }]) {
      expect(normalizeVegaMovie(raw)).toMatchObject({ ok: false, skipReason: 'invalid_record' });
    }
  });

  it('moves "…, The" titles to reading order', () => {
    expect(normalizeVegaMovie({ Title: 'Charge of the Light Brigade, The' }).title?.title).toBe('The Charge of the Light Brigade');
  });

  it('keeps bad numbers out: runtime must be a positive integer, rating within 0..10', () => {
    const result = normalizeVegaMovie({ Title: 'X', 'Running Time min': 0, 'IMDB Rating': 11, 'IMDB Votes': -3 });
    expect(result.title).toMatchObject({ runtimeMinutes: null, averageRating: null, voteCount: 0, popularity: 0.5 });
    expect(normalizeVegaMovie({ Title: 'X', 'Running Time min': 95.5 }).title?.runtimeMinutes).toBeNull();
  });
});

describe('parseVegaReleaseDate', () => {
  it('parses "Mon DD YYYY" at UTC midnight', () => {
    expect(parseVegaReleaseDate('Jun 12 1998')).toEqual(day('1998-06-12'));
  });

  it('moves two-digit-year errors back a century: Dec 31 2046 is 1946', () => {
    expect(parseVegaReleaseDate('Dec 31 2046')).toEqual(day('1946-12-31'));
    expect(parseVegaReleaseDate('Feb 08 2015')).toEqual(day('1915-02-08'));
    expect(parseVegaReleaseDate('Oct 26 2011')).toEqual(day('2011-10-26'));
  });

  it('returns null for anything that is not a real date', () => {
    for (const raw of ['Feb 30 1998', 'Foo 12 1998', '1998-06-12', '', null, 19980612]) {
      expect(parseVegaReleaseDate(raw)).toBeNull();
    }
    expect(normalizeVegaMovie({ Title: 'X', 'Release Date': 'TBD' })).toMatchObject({ ok: true, title: { releaseDate: null } });
  });
});

describe('popularityFromVotes', () => {
  it('is log-scaled, 0 for no votes and capped at 1', () => {
    expect(popularityFromVotes(0)).toBe(0);
    expect(popularityFromVotes(999)).toBeCloseTo(0.5, 5);
    expect(popularityFromVotes(10_000_000)).toBe(1);
    expect(normalizeVegaMovie({ Title: 'X', 'IMDB Votes': null }).title?.popularity).toBe(0.5);
  });
});
