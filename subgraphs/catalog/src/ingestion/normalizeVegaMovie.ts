import { createHash } from 'node:crypto';
import { normalizeMpaaRating } from '../title/contentRating.js';
import type { NormalizeResult, NormalizedTitle } from './types.js';
import { vegaGenres } from './vegaGenres.js';

export const VEGA_MOVIES_SOURCE = 'vega_movies';

/**
 * The dataset's last real release year (two 2011 films, Restless and The Adventures of Tintin). Later years are
 * two-digit-year errors from the original spreadsheet: "Dec 31 2046" is Duel in the Sun (1946), "Feb 08 2015"
 * The Birth of a Nation (1915). So anything after 2011 moves back a century.
 */
export const VEGA_LAST_RELEASE_YEAR = 2011;

/** §2 popularity default for a title we know nothing about. */
const DEFAULT_POPULARITY = 0.5;

const MONTHS: Readonly<Record<string, number>> = {
  Jan: 0, Feb: 1, Mar: 2, Apr: 3, May: 4, Jun: 5, Jul: 6, Aug: 7, Sep: 8, Oct: 9, Nov: 10, Dec: 11,
};

/** One vega-datasets movies.json row → a catalog record. Never throws: bad rows come back as a skip. */
export function normalizeVegaMovie(raw: unknown): NormalizeResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, skipReason: 'invalid_record', detail: `expected an object, got ${describe(raw)}` };
  }
  const row = raw as Record<string, unknown>;
  const rawTitle = row['Title'];
  // Titles such as 1776, 2012, 300 and 9 arrive as JSON numbers.
  const sourceTitle = typeof rawTitle === 'number' && Number.isFinite(rawTitle) ? String(rawTitle) : rawTitle;
  if (sourceTitle === null || sourceTitle === undefined || (typeof sourceTitle === 'string' && sourceTitle.trim() === '')) {
    return { ok: false, skipReason: 'missing_title', detail: 'Title is empty' };
  }
  if (typeof sourceTitle !== 'string') {
    return { ok: false, skipReason: 'invalid_record', detail: `Title is ${describe(sourceTitle)}` };
  }
  const title = moveTrailingArticle(sourceTitle.trim());
  const votes = nonNegativeInteger(row['IMDB Votes']);
  const rating = normalizeMpaaRating(row['MPAA Rating']);
  const director = typeof row['Director'] === 'string' ? row['Director'].trim() : '';

  const normalized: NormalizedTitle = {
    source: VEGA_MOVIES_SOURCE,
    sourceKey: sourceKeyFor(sourceTitle, row['Release Date']),
    contentType: 'MOVIE',
    title,
    // The dataset gives one title per film and does not say whether it is the original; leave it unknown.
    originalTitle: null,
    originalLanguage: null,
    overview: null,
    localizedTitles: [{ locale: 'en', names: [title] }],
    releaseDate: parseVegaReleaseDate(row['Release Date']),
    endDate: null,
    runtimeMinutes: positiveInteger(row['Running Time min']),
    genres: vegaGenres(row['Major Genre'], row['Creative Type']),
    contentRating: rating === null ? null : { system: 'MPAA', rating },
    credits: director === '' ? [] : [{ personName: director, role: 'DIRECTOR', job: 'Director', position: 0 }],
    externalIds: [],
    popularity: votes === null ? DEFAULT_POPULARITY : popularityFromVotes(votes),
    averageRating: ratingOutOfTen(row['IMDB Rating']),
    voteCount: votes ?? 0,
    offers: [],
  };
  return { ok: true, title: normalized };
}

/**
 * "Jun 12 1998" → 1998-06-12 at UTC midnight, with the century fix described at `VEGA_LAST_RELEASE_YEAR`.
 * Anything else, or an impossible day such as "Feb 30", is null: an unknown date, not a reason to drop the film.
 */
export function parseVegaReleaseDate(raw: unknown): Date | null {
  if (typeof raw !== 'string') return null;
  const match = /^([A-Z][a-z]{2}) (\d{1,2}) (\d{4})$/.exec(raw.trim());
  if (!match) return null;
  const [, monthName = '', dayText = '', yearText = ''] = match;
  const month = MONTHS[monthName];
  if (month === undefined) return null;
  const day = Number(dayText);
  let year = Number(yearText);
  if (year > VEGA_LAST_RELEASE_YEAR) year -= 100;
  const date = new Date(Date.UTC(2000, month, day));
  date.setUTCFullYear(year);
  return date.getUTCMonth() === month && date.getUTCDate() === day ? date : null;
}

/**
 * IMDb votes → [0,1] on a log scale: 1 vote ≈ 0.05, 1,000 ≈ 0.5, 1,000,000 or more = 1. Votes span six orders of
 * magnitude in this dataset, so a linear scale would leave nearly every film near 0.
 */
export function popularityFromVotes(votes: number): number {
  return Math.min(1, Math.log10(1 + votes) / 6);
}

/**
 * A stable key for a row that has no id: slug of the title as given plus the date as given (before the century
 * fix, so a change to that fix cannot rename records). Non-Latin titles that slug to nothing use a hash.
 */
function sourceKeyFor(sourceTitle: string, rawDate: unknown): string {
  const titleSlug = slug(sourceTitle) || `title-${createHash('sha256').update(sourceTitle).digest('hex').slice(0, 12)}`;
  const dateSlug = typeof rawDate === 'string' && slug(rawDate) !== '' ? slug(rawDate) : 'undated';
  return `${titleSlug}--${dateSlug}`;
}

function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

// The dataset files a few titles library-style: "Charge of the Light Brigade, The".
function moveTrailingArticle(title: string): string {
  const match = /^(.+), (The|A|An)$/.exec(title);
  return match ? `${match[2]} ${match[1]}` : title;
}

function positiveInteger(value: unknown): number | null {
  return typeof value === 'number' && Number.isSafeInteger(value) && value > 0 ? value : null;
}

function nonNegativeInteger(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? Math.round(value) : null;
}

function ratingOutOfTen(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 10 ? value : null;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  return Array.isArray(value) ? 'an array' : typeof value;
}
