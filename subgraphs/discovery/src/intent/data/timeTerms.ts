/**
 * Words for time: decades, year and runtime comparators, duration units, and the relative-date rules. The rules'
 * constants are exported so callers and tests read the same numbers.
 */

/** "recent", "new", "latest": released in the last two full years or this year (2025 → 2023 onwards). */
export const RECENT_YEARS = 2;
/** "classic", "old": released at least 25 years ago (2025 → 2000 or earlier). */
export const CLASSIC_AGE_YEARS = 25;
/** "about two hours": ±15 minutes around the duration. */
export const APPROXIMATE_RUNTIME_MARGIN = 15;
/** "short": 90 minutes or less. */
export const SHORT_RUNTIME_MAX = 90;
/** "short film": 40 minutes or less, the Academy's definition of a short. */
export const SHORT_FILM_MAX = 40;
/** "long": 150 minutes or more. */
export const LONG_RUNTIME_MIN = 150;
/** "not too long": two hours at most. */
export const NOT_TOO_LONG_MAX = 120;

/** Spelled-out decades; the century is chosen as for two-digit decades (see `decadeStart`). */
export const DECADE_WORDS: ReadonlyMap<string, number> = new Map([
  ['twenties', 20], ['thirties', 30], ['forties', 40], ['fifties', 50], ['sixties', 60], ['seventies', 70],
  ['eighties', 80], ['nineties', 90], ['noughties', 0], ['aughts', 0], ['two thousands', 0],
]);

/** Parts of a decade: "early 90s" is 1990–1993, "mid" 1994–1996, "late" 1997–1999. */
export const DECADE_PARTS: ReadonlyMap<string, readonly [number, number]> = new Map([
  ['early', [0, 3]], ['mid', [4, 6]], ['middle', [4, 6]], ['late', [7, 9]],
]);

/** Year comparators, before a year: `after` excludes the year itself, `since` includes it. */
export const YEAR_AFTER = new Set(['after', 'post', 'newer than', 'later than', 'more recent than']);
export const YEAR_SINCE = new Set(['since', 'starting', 'starting from', 'starting in', 'beginning', 'as of']);
export const YEAR_BEFORE = new Set(['before', 'pre', 'older than', 'earlier than', 'prior to']);
export const YEAR_UNTIL = new Set(['until', 'till', 'up to', 'up until', 'through']);
/** After a year: "2010 onwards" includes 2010 and later, "1980 or earlier" includes 1980 and before. */
// Not a bare "on": "from the 2000s on Hulu" names a platform.
export const YEAR_ONWARDS_AFTER = new Set(['onwards', 'onward', 'and later', 'or later', 'and after', 'or newer', 'and newer', 'and up']);
export const YEAR_EARLIER_AFTER = new Set(['or earlier', 'and earlier', 'or before', 'and before', 'or older', 'and older']);
/** Words that may precede a year or decade and belong to it: "from the 90s", "in 1999", "released in 2004". */
export const YEAR_PREFIXES = new Set(['from', 'in', 'during', 'released in', 'made in', 'out in', 'of']);
/** Between two years of a range: "2010 to 2015", "between 2010 and 2015", "1995-99". */
export const YEAR_RANGE_JOINERS = new Set(['to', 'and', 'through', 'thru', 'until', 'till', '-', '–', '—']);

/** Relative years; each is (current year) → [min, max], either side null for open. */
export const RELATIVE_YEARS: ReadonlyMap<string, (year: number) => [number | null, number | null]> = new Map<
  string,
  (year: number) => [number | null, number | null]
>([
  ['recent', (y) => [y - RECENT_YEARS, null]],
  ['recently released', (y) => [y - RECENT_YEARS, null]],
  ['latest', (y) => [y - RECENT_YEARS, null]],
  ['newest', (y) => [y - RECENT_YEARS, null]],
  ['new releases', (y) => [y - RECENT_YEARS, null]],
  ['new release', (y) => [y - RECENT_YEARS, null]],
  ['brand new', (y) => [y - RECENT_YEARS, null]],
  ['this year', (y) => [y, y]],
  ['last year', (y) => [y - 1, y - 1]],
  ['past decade', (y) => [y - 10, null]],
  ['last decade', (y) => [y - 10, null]],
  ['this decade', (y) => [y - (y % 10), null]],
  ['classic', (y) => [null, y - CLASSIC_AGE_YEARS]],
  ['classics', (y) => [null, y - CLASSIC_AGE_YEARS]],
  ['old school', (y) => [null, y - CLASSIC_AGE_YEARS]],
  ['oldies', (y) => [null, y - CLASSIC_AGE_YEARS]],
]);

/**
 * "new" and "old" are recency words only when what follows does not make them part of a name ("new horror", "something
 * new", "new on Netflix" but not "New York"); the parser checks the next word before applying these.
 */
export const GUARDED_RELATIVE_YEARS: ReadonlyMap<string, (year: number) => [number | null, number | null]> = new Map<
  string,
  (year: number) => [number | null, number | null]
>([
  ['new', (y) => [y - RECENT_YEARS, null]],
  ['newer', (y) => [y - RECENT_YEARS, null]],
  ['old', (y) => [null, y - CLASSIC_AGE_YEARS]],
  ['older', (y) => [null, y - CLASSIC_AGE_YEARS]],
]);

/** "last 5 years", "past ten years": N years back from this year. */
export const LAST_N_YEARS_PREFIXES = new Set(['last', 'past', 'previous']);

/** Runtime comparators before a duration. */
export const RUNTIME_AT_MOST = new Set([
  'under', 'less than', 'shorter than', 'no longer than', 'not longer than', 'at most', 'up to', 'max', 'maximum',
  'within', 'below', 'no more than', 'not more than', 'not over', 'lasting under',
]);
export const RUNTIME_AT_LEAST = new Set(['over', 'more than', 'longer than', 'at least', 'above', 'minimum', 'min', 'no less than']);
export const RUNTIME_ABOUT = new Set(['about', 'around', 'roughly', 'approximately', 'approx', 'circa', 'nearly', 'almost']);
/** Comparators after a duration: "90 minutes or less", "two hours max", "2 hours plus". */
export const RUNTIME_AT_MOST_AFTER = new Set(['or less', 'or under', 'or shorter', 'max', 'maximum', 'tops', 'at most', 'or fewer']);
export const RUNTIME_AT_LEAST_AFTER = new Set(['or more', 'or longer', 'or over', 'plus', 'minimum', 'at least']);

export const HOUR_UNITS = new Set(['h', 'hr', 'hrs', 'hour', 'hours']);
export const MINUTE_UNITS = new Set(['m', 'min', 'mins', 'minute', 'minutes']);

/** Runtime words without a number. */
export const RUNTIME_WORDS: ReadonlyMap<string, { min: number | null; max: number | null }> = new Map([
  ['short film', { min: null, max: SHORT_FILM_MAX }],
  ['short films', { min: null, max: SHORT_FILM_MAX }],
  ['shorts', { min: null, max: SHORT_FILM_MAX }],
  ['short', { min: null, max: SHORT_RUNTIME_MAX }],
  ['quick', { min: null, max: SHORT_RUNTIME_MAX }],
  ['not too long', { min: null, max: NOT_TOO_LONG_MAX }],
  ['long', { min: LONG_RUNTIME_MIN, max: null }],
  ['lengthy', { min: LONG_RUNTIME_MIN, max: null }],
]);
