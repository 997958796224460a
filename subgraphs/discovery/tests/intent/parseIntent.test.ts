import { describe, expect, it } from 'vitest';
import { IntentVocabulary, parseIntent, type ParsedIntent } from '@media-gateway/discovery';
import { TEST_VOCABULARY } from '../support/vocabulary.js';

const NOW = new Date('2025-06-15T12:00:00Z');
const vocabulary = IntentVocabulary.from(TEST_VOCABULARY);

type Fields = Omit<ParsedIntent, 'spans'>;

const EMPTY: Fields = {
  kind: 'search',
  genres: [],
  excludedGenres: [],
  moods: [],
  excludedMoods: [],
  contentTypes: [],
  yearRange: null,
  runtime: null,
  platforms: [],
  availabilityTypes: [],
  maxContentRating: null,
  people: [],
  references: [],
  region: null,
  text: '',
  confidence: 0.5,
  parser: 'rules',
};

/** Every field but the spans, so each case states the whole intent and a stray extraction fails it. */
function fields(query: string): Fields {
  const { spans: _spans, ...rest } = parseIntent(query, vocabulary, { now: NOW });
  return rest;
}

function labels(query: string): string[] {
  return parseIntent(query, vocabulary, { now: NOW }).spans.map((s) => `${s.label}:${s.text}`);
}

describe('parseIntent: the issue example', () => {
  it('understands every part of "dark sci-fi thrillers from the 90s under two hours on Netflix"', () => {
    const query = 'dark sci-fi thrillers from the 90s under two hours on Netflix';
    expect(parseIntent(query, vocabulary, { now: NOW })).toEqual({
      ...EMPTY,
      genres: ['science_fiction', 'thriller'],
      moods: ['dark'],
      yearRange: { min: 1990, max: 1999 },
      runtime: { min: null, max: 120 },
      platforms: ['netflix'],
      text: '',
      spans: [
        { label: 'mood', start: 0, end: 4, text: 'dark' },
        { label: 'genre', start: 5, end: 11, text: 'sci-fi' },
        { label: 'genre', start: 12, end: 21, text: 'thrillers' },
        { label: 'year', start: 22, end: 34, text: 'from the 90s' },
        { label: 'runtime', start: 35, end: 50, text: 'under two hours' },
        { label: 'platform', start: 51, end: 61, text: 'on Netflix' },
      ],
    });
  });

  it('gives the same answer without a vocabulary and in any case', () => {
    const { spans: _spans, ...rest } = parseIntent('DARK Sci Fi THRILLERS from the 90S under 2 hours on netflix', undefined, { now: NOW });
    expect(rest).toEqual({
      ...EMPTY,
      genres: ['science_fiction', 'thriller'],
      moods: ['dark'],
      yearRange: { min: 1990, max: 1999 },
      runtime: { min: null, max: 120 },
      platforms: ['netflix'],
    });
  });
});

describe('parseIntent: genres, sub-genres and moods', () => {
  it.each<[string, Partial<Fields>]>([
    ['scifi', { genres: ['science_fiction'] }],
    ['science fiction', { genres: ['science_fiction'] }],
    ['SCI FI', { genres: ['science_fiction'] }],
    ['rom-com', { genres: ['romance', 'comedy'] }],
    ['romcoms', { genres: ['romance', 'comedy'] }],
    ['feel-good comedies', { genres: ['comedy'], moods: ['feel_good'] }],
    ['feel good movies', { moods: ['feel_good'], contentTypes: ['MOVIE'] }],
    ['whodunnits', { genres: ['mystery'] }],
    ['dark comedy', { genres: ['comedy'], moods: ['dark'] }],
    ['documentaries about space', { genres: ['documentary'], text: 'space' }],
    ['animated series', { genres: ['animation'], contentTypes: ['SERIES'] }],
    ['comédies', { genres: ['comedy'] }],
    ['scary movies', { moods: ['scary'], contentTypes: ['MOVIE'] }],
    ['family movies', { genres: ['family'], contentTypes: ['MOVIE'] }],
  ])('%s', (query, expected) => {
    expect(fields(query)).toEqual({ ...EMPTY, ...expected });
  });
});

describe('parseIntent: negations', () => {
  it.each<[string, Partial<Fields>]>([
    ['not horror', { excludedGenres: ['horror'] }],
    ['thrillers but no horror or gore', { genres: ['thriller'], excludedGenres: ['horror'] }],
    ['no horror or romance', { excludedGenres: ['horror', 'romance'] }],
    ['non-horror', { excludedGenres: ['horror'] }],
    ['nothing scary for kids', { excludedMoods: ['scary'], maxContentRating: 'PG' }],
    ['horror not horror', { excludedGenres: ['horror'] }],
    ['not for kids', {}],
  ])('%s', (query, expected) => {
    expect(fields(query)).toEqual({ ...EMPTY, ...expected });
  });
});

describe('parseIntent: years and decades', () => {
  it.each<[string, number | null, number | null]>([
    ['90s', 1990, 1999],
    ["'90s", 1990, 1999],
    ["90's", 1990, 1999],
    ['1990s', 1990, 1999],
    ['nineties', 1990, 1999],
    ['the eighties', 1980, 1989],
    ['20s', 2020, 2029],
    ['30s', 1930, 1939],
    ['noughties', 2000, 2009],
    ['early 2000s', 2000, 2003],
    ['mid-90s', 1994, 1996],
    ['late 80s', 1987, 1989],
    ['in 1999', 1999, 1999],
    ['1999', 1999, 1999],
    ['from 2010 to 2015', 2010, 2015],
    ['between 1990 and 1995', 1990, 1995],
    ['2010-2015', 2010, 2015],
    ['1995-99', 1995, 1999],
    ['after 2000', 2001, null],
    ['since 2000', 2000, null],
    ['before 1980', null, 1979],
    ['pre-1980', null, 1979],
    ['2010 onwards', 2010, null],
    ['1980 or earlier', null, 1980],
    ['recent', 2023, null],
    ['new releases', 2023, null],
    ['this year', 2025, 2025],
    ['last year', 2024, 2024],
    ['last 5 years', 2020, null],
    ['past ten years', 2015, null],
    ['classic', null, 2000],
    ['90s after 1995', 1996, 1999],
  ])('%s → %s–%s', (query, min, max) => {
    expect(fields(query)).toEqual({ ...EMPTY, yearRange: { min, max } });
  });

  it('reads "new" as recent only where it is not part of a name', () => {
    expect(fields('new horror')).toEqual({ ...EMPTY, genres: ['horror'], yearRange: { min: 2023, max: null } });
    expect(fields('movies set in new york')).toEqual({ ...EMPTY, contentTypes: ['MOVIE'], text: 'new york' });
  });

  it('does not take a runtime or a title number for a year', () => {
    expect(fields('1990 minutes')).toEqual({ ...EMPTY, runtime: { min: 1975, max: 2005 } });
    expect(fields('3000')).toEqual({ ...EMPTY, text: '3000' });
  });
});

describe('parseIntent: runtime', () => {
  it.each<[string, number | null, number | null]>([
    ['under two hours', null, 120],
    ['under 2h', null, 120],
    ['less than 100 min', null, 100],
    ['ninety minutes or less', null, 90],
    ['a hundred and twenty minutes or less', null, 120],
    ['no longer than one hundred minutes', null, 100],
    ['2 hours max', null, 120],
    ['at least 90 minutes', 90, null],
    ['over 2 hours', 120, null],
    ['about an hour and a half', 75, 105],
    ['two and a half hours', 135, 165],
    ['half an hour', 15, 45],
    ['1h30', 75, 105],
    ['2 hours 15 minutes', 120, 150],
    ['two-hour', 105, 135],
    ['short', null, 90],
    ['short films', null, 40],
    ['not too long', null, 120],
  ])('%s → %s–%s', (query, min, max) => {
    expect(fields(query)).toEqual({ ...EMPTY, runtime: { min, max } });
  });
});

describe('parseIntent: platforms, availability and region', () => {
  it.each<[string, Partial<Fields>]>([
    ['on Netflix', { platforms: ['netflix'] }],
    ['netflix thrillers', { platforms: ['netflix'], genres: ['thriller'] }],
    ['on prime', { platforms: ['prime_video'] }],
    ['prime time', { text: 'prime time' }],
    ['Disney movies', { contentTypes: ['MOVIE'], text: 'Disney' }],
    ['on disney+', { platforms: ['disney_plus'] }],
    ['streaming on hbo max or hulu', { platforms: ['hbo_max', 'hulu'] }],
    ['on netflix or max', { platforms: ['netflix', 'hbo_max'] }],
    ['included with prime', { platforms: ['prime_video'], availabilityTypes: ['SUBSCRIPTION'] }],
    ['free', { availabilityTypes: ['FREE'] }],
    ['to rent', { availabilityTypes: ['RENTAL'] }],
    ['to buy or rent', { availabilityTypes: ['PURCHASE', 'RENTAL'] }],
    ['in the UK on bbc iplayer for free', { region: 'GB', platforms: ['bbc_iplayer'], availabilityTypes: ['FREE'] }],
    ['shows in the us', { contentTypes: ['SERIES'], region: 'US' }],
    ['for us', {}],
    ['in canada', { region: 'CA' }],
    ['romantic comedies from the 2000s on hulu', { genres: ['romance', 'comedy'], yearRange: { min: 2000, max: 2009 }, platforms: ['hulu'] }],
  ])('%s', (query, expected) => {
    expect(fields(query)).toEqual({ ...EMPTY, ...expected });
  });
});

describe('parseIntent: audience', () => {
  it.each<[string, Partial<Fields>]>([
    ['for kids', { maxContentRating: 'PG' }],
    ['for toddlers', { maxContentRating: 'G' }],
    ['for teens', { maxContentRating: 'PG_13' }],
    ['rated R', { maxContentRating: 'R' }],
    ['pg-13', { maxContentRating: 'PG_13' }],
    ['family friendly', { maxContentRating: 'PG' }],
    ['for teens for kids', { maxContentRating: 'PG' }],
    ['rom-com for kids not horror', { genres: ['romance', 'comedy'], maxContentRating: 'PG', excludedGenres: ['horror'] }],
  ])('%s', (query, expected) => {
    expect(fields(query)).toEqual({ ...EMPTY, ...expected });
  });
});

describe('parseIntent: people and references', () => {
  it.each<[string, Partial<Fields>]>([
    ['directed by Christopher Nolan', { people: [{ role: 'director', name: 'Christopher Nolan' }] }],
    ['directed by nolan', { people: [{ role: 'director', name: 'Christopher Nolan' }] }],
    ['directed by greta gerwig', { people: [{ role: 'director', name: 'Greta Gerwig' }] }],
    ['directed by Denis Villeneuve on netflix', { people: [{ role: 'director', name: 'Denis Villeneuve' }], platforms: ['netflix'] }],
    ['starring Tom Hanks and Meg Ryan', { people: [{ role: 'cast', name: 'Tom Hanks' }, { role: 'cast', name: 'Meg Ryan' }] }],
    ['with Tom Hanks', { people: [{ role: 'cast', name: 'Tom Hanks' }] }],
    ['with a twist', { text: 'twist' }],
    ['Christopher Nolan time travel', { people: [{ role: 'any', name: 'Christopher Nolan' }], text: 'time travel' }],
    ['starring hardy', { people: [{ role: 'cast', name: 'Tom Hardy' }] }],
    ['like Heat', { references: ['Heat'] }],
    ['movies like heat', { contentTypes: ['MOVIE'], references: ['Heat'] }],
    ['similar to The Dark Knight', { references: ['The Dark Knight'] }],
    ['like dark knight', { references: ['The Dark Knight'] }],
    ['like Heat or Collateral', { references: ['Heat', 'Collateral'] }],
    ['like "Blade Runner" but funnier', { references: ['Blade Runner'], text: 'funnier' }],
    ['like The Lord of the Rings', { references: ['The Lord of the Rings'] }],
    ['scary movies like Stranger Things', { moods: ['scary'], contentTypes: ['MOVIE'], references: ['Stranger Things'] }],
    ["I'd like something funny", { moods: ['funny'] }],
  ])('%s', (query, expected) => {
    expect(fields(query)).toEqual({ ...EMPTY, ...expected });
  });
});

describe('parseIntent: known titles and left-over text', () => {
  it.each<[string, Partial<Fields>]>([
    ['the dark knight', { text: 'the dark knight' }],
    ['free solo', { text: 'free solo' }],
    ['some like it hot', { text: 'some like it hot' }],
    ['feel good', { moods: ['feel_good'] }],
    ['heist movies with a twist', { contentTypes: ['MOVIE'], text: 'heist twist' }],
    ['Amélie', { text: 'Amélie' }],
    ['show me something about the lord of the rings', { text: 'the lord of the rings' }],
  ])('%s', (query, expected) => {
    expect(fields(query)).toEqual({ ...EMPTY, ...expected });
  });

  it('labels every token, trimming function words from the text edges', () => {
    expect(labels('heist movies with a twist')).toEqual([
      'text:heist',
      'contentType:movies',
      'stopword:with',
      'stopword:a',
      'text:twist',
    ]);
    expect(labels('the dark knight on netflix')).toEqual(['title:the dark knight', 'platform:on netflix']);
  });
});

describe('parseIntent: kind of request', () => {
  it.each<[string, Partial<Fields>]>([
    ['what should i watch tonight', { kind: 'recommendation' }],
    ['suggest dark comedies', { kind: 'recommendation', genres: ['comedy'], moods: ['dark'] }],
    ['who directed heat', { kind: 'trivia', text: 'who directed heat' }],
  ])('%s', (query, expected) => {
    expect(fields(query)).toEqual({ ...EMPTY, ...expected });
  });

  it('answers an empty or punctuation-only query with an empty intent', () => {
    expect(fields('')).toEqual(EMPTY);
    expect(fields('?!')).toEqual(EMPTY);
  });

  it('uses the current year by default for relative years', () => {
    const year = new Date().getUTCFullYear();
    expect(parseIntent('this year').yearRange).toEqual({ min: year, max: year });
  });
});
