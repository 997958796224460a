import type { ParentalControls } from './ParentalControls.js';
import { parseClockTime } from '../lib/clockTime.js';
import { CONTENT_RATINGS, isContentRating } from '../lib/contentRating.js';
import { normalizeGenreList } from '../lib/normalizeGenreList.js';
import { parsed, type Parsed } from '../lib/Parsed.js';
import { canonicalTimeZone } from '../lib/timeZone.js';

export interface ParentalControlsInput {
  enabled: boolean;
  contentRatingLimit?: string | null;
  blockedGenres?: readonly string[] | null;
  viewingStart?: string | null;
  viewingEnd?: string | null;
  timeZone?: string | null;
}

/**
 * Validates parental controls, reporting every problem at once.
 *
 * Viewing hours come as a pair or not at all, and must differ: `06:00`–`06:00` could mean "always" or "never", and
 * a control for children must not guess. An end earlier than the start spans midnight (`20:00`–`07:00` is
 * overnight). Hours are wall-clock times, so a time zone is required with them: a server default would lock a
 * family in Sydney out at the wrong time of day.
 */
export function parseParentalControls(input: ParentalControlsInput): Parsed<ParentalControls> {
  const problems: string[] = [];

  const contentRatingLimit = input.contentRatingLimit ?? null;
  if (contentRatingLimit !== null && !isContentRating(contentRatingLimit)) {
    problems.push(`contentRatingLimit must be one of ${CONTENT_RATINGS.join(', ')}, got ${JSON.stringify(contentRatingLimit)}`);
  }

  const blockedGenres = normalizeGenreList('blockedGenres', input.blockedGenres ?? [], problems);

  const viewingStart = input.viewingStart ?? null;
  const viewingEnd = input.viewingEnd ?? null;
  const start = viewingStart === null ? null : parseClockTime(viewingStart);
  const end = viewingEnd === null ? null : parseClockTime(viewingEnd);
  if (viewingStart !== null && start === null) problems.push(`viewingStart must be a 24-hour time HH:MM, got ${JSON.stringify(viewingStart)}`);
  if (viewingEnd !== null && end === null) problems.push(`viewingEnd must be a 24-hour time HH:MM, got ${JSON.stringify(viewingEnd)}`);
  if ((viewingStart === null) !== (viewingEnd === null)) problems.push('viewingStart and viewingEnd must be given together');
  if (start !== null && start === end) problems.push('viewingStart and viewingEnd must differ; omit both to allow viewing at any time');

  let timeZone: string | null = null;
  if (input.timeZone != null) {
    timeZone = canonicalTimeZone(input.timeZone);
    if (timeZone === null) problems.push(`timeZone must be an IANA time zone such as "Europe/Paris", got ${JSON.stringify(input.timeZone)}`);
  } else if (viewingStart !== null || viewingEnd !== null) {
    problems.push('timeZone is required when viewing hours are set');
  }

  return parsed(problems, {
    enabled: input.enabled,
    contentRatingLimit: isContentRating(contentRatingLimit) ? contentRatingLimit : null,
    blockedGenres,
    viewingStart,
    viewingEnd,
    timeZone,
  });
}
