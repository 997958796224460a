import { describe, expect, it } from 'vitest';
import { parseTitleQuery } from '../../src/title/parseTitleQuery.js';
import { encodeCursor } from '../../src/title/cursor.js';

const known = (id: string) => ['netflix', 'crunchyroll'].includes(id);

describe('parseTitleQuery', () => {
  it('applies defaults', () => {
    expect(parseTitleQuery({}, known)).toEqual({ ok: true, query: { order: 'POPULARITY', first: 20, after: null } });
  });

  it('maps every filter into the domain query', () => {
    const result = parseTitleQuery(
      {
        filter: {
          genres: ['horror', 'horror', 'comedy'],
          contentTypes: ['MOVIE'],
          releaseYear: { min: 1990, max: 1999 },
          averageRating: { min: 7 },
          maxContentRating: 2,
          maxRuntimeMinutes: 120,
          platforms: ['netflix'],
          availabilityTypes: ['SUBSCRIPTION'],
          region: 'us',
        },
        orderBy: 'RELEASE_DATE',
        first: 5,
      },
      known,
    );
    expect(result).toEqual({
      ok: true,
      query: {
        order: 'RELEASE_DATE',
        first: 5,
        after: null,
        genres: ['horror', 'comedy'],
        contentTypes: ['MOVIE'],
        releaseYear: { min: 1990, max: 1999 },
        averageRating: { min: 7 },
        maxRatingRank: 2,
        maxRuntimeMinutes: 120,
        offer: { platforms: ['netflix'], availabilityTypes: ['SUBSCRIPTION'], region: 'US' },
      },
    });
  });

  it.each([
    [{ first: -1 }, 'first must be between 1 and 100, got -1'],
    [{ first: 0 }, 'first must be between 1 and 100, got 0'],
    [{ first: 10000 }, 'first must be between 1 and 100, got 10000'],
    [{ filter: { region: 'Atlantis' } }, 'filter.region must be an ISO 3166-1 alpha-2 code such as "US", got "Atlantis"'],
    [{ filter: { platforms: ['netflix', 'blockbuster'] } }, 'filter.platforms has unknown platform ids: blockbuster'],
    [{ filter: { releaseYear: { min: 2000, max: 1990 } } }, 'filter.releaseYear.min must not exceed max'],
    [{ filter: { averageRating: { max: 11 } } }, 'filter.averageRating.max must be between 0 and 10, got 11'],
    [{ filter: { maxRuntimeMinutes: 0 } }, 'filter.maxRuntimeMinutes must be a positive number of minutes, got 0'],
    [{ filter: { genres: [] } }, 'filter.genres must not be empty when given'],
    [{ after: 'garbage!' }, 'after is not a cursor from this connection with this orderBy'],
  ])('rejects %j', (args, problem) => {
    expect(parseTitleQuery(args as never, known)).toEqual({ ok: false, problems: [problem] });
  });

  it('reports every problem at once', () => {
    const result = parseTitleQuery({ first: 0, filter: { region: 'XX', maxRuntimeMinutes: -5 } }, known);
    expect(result.problems).toHaveLength(3);
  });

  it('refuses a cursor issued for another ordering', () => {
    const cursor = encodeCursor({ order: 'NAME', value: 'Heat', id: '00000000-0000-5000-8000-000000000000' });
    expect(parseTitleQuery({ after: cursor, orderBy: 'NAME' }, known).ok).toBe(true);
    expect(parseTitleQuery({ after: cursor, orderBy: 'POPULARITY' }, known).ok).toBe(false);
  });
});
