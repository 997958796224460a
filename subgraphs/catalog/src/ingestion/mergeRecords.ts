import { ratingRank } from '../title/contentRating.js';
import { canonicalGenres } from './canonicalGenres.js';
import { offerIdFor } from './catalogIds.js';
import { qualityScore } from './qualityScore.js';
import type { CreditRef, ExternalIdRef, LocalizedNames, NormalizedTitle, ResolvedTitle } from './types.js';

/**
 * Merges the source records of one title, in import order, by the §3 conflict rules:
 * - display title from the first record, unless only a later record has an English title;
 * - runtime averaged over the records that have one; earliest release date; latest end date;
 * - genres unioned (canonical order, at most five); longest overview; localized names unioned per locale;
 * - every external id system kept, the first record winning a conflict;
 * - credits unioned on person and role; popularity the highest; rating and votes from the most-voted record;
 * - offers concatenated under deterministic ids, duplicates dropped.
 * Scalars with no rule (original title and language, content rating, content type) come from the first record
 * that has one.
 */
export function mergeRecords(id: string, records: readonly NormalizedTitle[], now: Date): ResolvedTitle {
  const [first, ...rest] = records;
  if (first === undefined) throw new TypeError('mergeRecords needs at least one record');
  const englishRecord = hasEnglishTitle(first) ? first : (rest.find(hasEnglishTitle) ?? first);
  const releaseDate = earliest(records.map((r) => r.releaseDate));
  const rating = firstNonNull(records.map((r) => r.contentRating));
  const rank = rating === null ? null : ratingRank(rating.rating);
  const rated = mostVoted(records);

  const merged: Omit<ResolvedTitle, 'qualityScore'> = {
    id,
    contentType: first.contentType,
    title: englishRecord.title,
    originalTitle: firstNonNull(records.map((r) => r.originalTitle)),
    originalLanguage: firstNonNull(records.map((r) => r.originalLanguage)),
    overview: longest(records.map((r) => r.overview)),
    localizedTitles: unionLocalizedTitles(records.map((r) => r.localizedTitles)),
    releaseDate,
    releaseYear: releaseDate === null ? null : releaseDate.getUTCFullYear(),
    endDate: latest(records.map((r) => r.endDate)),
    runtimeMinutes: average(records.map((r) => r.runtimeMinutes)),
    genres: canonicalGenres(records.flatMap((r) => r.genres)),
    contentRating: rating === null || rank === null ? null : { ...rating, rank },
    credits: unionCredits(records.flatMap((r) => r.credits)),
    externalIds: unionExternalIds(records.flatMap((r) => r.externalIds)),
    popularity: Math.max(...records.map((r) => r.popularity)),
    averageRating: rated.averageRating,
    voteCount: rated.voteCount,
    offers: uniqueOffers(id, records),
    sourceRecords: uniqueBy(records.map((r) => ({ source: r.source, sourceKey: r.sourceKey })), (r) => `${r.source}:${r.sourceKey}`),
  };
  // Resolution runs at import time, so the title is as fresh as it gets.
  return { ...merged, qualityScore: qualityScore(merged, { now, updatedAt: now }) };
}

/** English title: a name under `en` or `en-*`. */
export function englishNames(record: Pick<NormalizedTitle, 'localizedTitles'>): string[] {
  return record.localizedTitles.filter((l) => l.locale === 'en' || l.locale.startsWith('en-')).flatMap((l) => l.names);
}

function hasEnglishTitle(record: NormalizedTitle): boolean {
  return englishNames(record).length > 0;
}

function unionLocalizedTitles(lists: ReadonlyArray<readonly LocalizedNames[]>): LocalizedNames[] {
  const byLocale = new Map<string, Set<string>>();
  for (const { locale, names } of lists.flat()) {
    const set = byLocale.get(locale) ?? new Set<string>();
    for (const name of names) set.add(name);
    byLocale.set(locale, set);
  }
  return [...byLocale].map(([locale, names]) => ({ locale, names: [...names] }));
}

// Positions are renumbered per role after the union so cast `order` stays unique (§2 Credits).
function unionCredits(credits: readonly CreditRef[]): CreditRef[] {
  const unique = uniqueBy(credits, (c) => `${c.role}\u0000${c.personName.trim().toLowerCase()}`);
  const nextPosition = new Map<CreditRef['role'], number>();
  return unique.map((c) => {
    const position = nextPosition.get(c.role) ?? 0;
    nextPosition.set(c.role, position + 1);
    return { ...c, position };
  });
}

function unionExternalIds(ids: readonly ExternalIdRef[]): ExternalIdRef[] {
  return uniqueBy(ids, (e) => e.system);
}

function uniqueOffers(titleId: string, records: readonly NormalizedTitle[]): ResolvedTitle['offers'] {
  const offers = records.flatMap((r) => r.offers).map((o) => ({ ...o, id: offerIdFor(titleId, o) }));
  return uniqueBy(offers, (o) => o.id);
}

// Ties go to the earlier record, and a rating beats no rating at equal votes.
function mostVoted(records: readonly NormalizedTitle[]): NormalizedTitle {
  return records.reduce((best, r) => {
    if (r.voteCount !== best.voteCount) return r.voteCount > best.voteCount ? r : best;
    return best.averageRating === null && r.averageRating !== null ? r : best;
  });
}

function uniqueBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const item of items) if (!seen.has(key(item))) seen.set(key(item), item);
  return [...seen.values()];
}

function firstNonNull<T>(values: ReadonlyArray<T | null>): T | null {
  return values.find((v): v is T => v !== null) ?? null;
}

function longest(values: ReadonlyArray<string | null>): string | null {
  return values.reduce<string | null>((best, v) => (v !== null && v.length > (best?.length ?? 0) ? v : best), null);
}

function earliest(dates: ReadonlyArray<Date | null>): Date | null {
  return dates.reduce<Date | null>((best, d) => (d !== null && (best === null || d < best) ? d : best), null);
}

function latest(dates: ReadonlyArray<Date | null>): Date | null {
  return dates.reduce<Date | null>((best, d) => (d !== null && (best === null || d > best) ? d : best), null);
}

function average(values: ReadonlyArray<number | null>): number | null {
  const present = values.filter((v): v is number => v !== null);
  return present.length === 0 ? null : Math.round(present.reduce((a, b) => a + b, 0) / present.length);
}
