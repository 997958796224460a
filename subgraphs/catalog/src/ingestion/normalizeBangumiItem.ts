import { createHash } from 'node:crypto';
import { bangumiExternalIds } from './bangumiExternalIds.js';
import { bangumiOffers, type BangumiSiteEntry } from './bangumiOffers.js';
import type { BangumiSiteMeta } from './bangumiSiteMeta.js';
import { parseIsoTimestamp, utcDateOnly } from './dateOnly.js';
import type { ContentType, LocalizedNames, NormalizeResult, NormalizedTitle } from './types.js';

export const BANGUMI_SOURCE = 'bangumi_data';

const CONTENT_TYPE: Readonly<Record<string, ContentType>> = { movie: 'MOVIE', tv: 'SERIES', web: 'SERIES', ova: 'SERIES' };

/** Films longer than this are data errors (a cinema run entered as begin/end), not runtimes. */
const MAX_RUNTIME_MINUTES = 300;

/**
 * One bangumi-data item → a catalog record. Never throws: bad items come back as a skip.
 *
 * The dataset has no popularity signal, so popularity is a documented proxy: 0.3 plus 0.05 per streaming
 * service carrying the show, capped at 0.8 so a well-distributed anime never outranks a measured hit.
 */
export function normalizeBangumiItem(raw: unknown, siteMeta: BangumiSiteMeta): NormalizeResult {
  if (!isRecord(raw)) return { ok: false, skipReason: 'invalid_record', detail: 'expected an object' };
  const originalTitle = typeof raw['title'] === 'string' ? raw['title'].trim() : '';
  if (originalTitle === '') return { ok: false, skipReason: 'missing_title', detail: 'title is empty' };
  const type = raw['type'];
  const contentType = typeof type === 'string' && Object.hasOwn(CONTENT_TYPE, type) ? CONTENT_TYPE[type] : undefined;
  if (contentType === undefined) {
    return { ok: false, skipReason: 'unsupported_type', detail: `type ${JSON.stringify(type)} is not movie/tv/web/ova` };
  }

  const translations = titleTranslations(raw['titleTranslate']);
  const englishTitle = translations.get('en')?.[0];
  const lang = typeof raw['lang'] === 'string' && raw['lang'].trim() !== '' ? raw['lang'].trim() : null;
  const begin = parseIsoTimestamp(raw['begin']);
  const end = parseIsoTimestamp(raw['end']);
  const sites = siteEntries(raw['sites']);
  const offers = bangumiOffers(sites, siteMeta, begin);
  const bangumiId = sites.find((s) => s.site === 'bangumi' && s.id !== undefined && s.id.trim() !== '')?.id?.trim();

  const title: NormalizedTitle = {
    source: BANGUMI_SOURCE,
    sourceKey: bangumiId ?? createHash('sha256').update(`${originalTitle}|${String(raw['begin'])}`).digest('hex'),
    contentType,
    title: englishTitle ?? originalTitle,
    originalTitle,
    originalLanguage: lang,
    overview: null,
    localizedTitles: localizedTitles(translations, originalTitle, lang),
    releaseDate: begin && utcDateOnly(begin),
    endDate: end && utcDateOnly(end),
    runtimeMinutes: contentType === 'MOVIE' ? runtimeMinutes(begin, end) : null,
    genres: ['animation'],
    contentRating: null,
    credits: [],
    externalIds: bangumiExternalIds(sites.flatMap((s) => (s.id === undefined ? [] : [{ site: s.site, id: s.id }]))),
    popularity: Math.min(0.8, 0.3 + 0.05 * offers.length),
    averageRating: null,
    voteCount: 0,
    offers,
  };
  return { ok: true, title };
}

/** locale → non-blank names, deduplicated, in the item's order. */
function titleTranslations(raw: unknown): Map<string, string[]> {
  const out = new Map<string, string[]>();
  if (!isRecord(raw)) return out;
  for (const [locale, names] of Object.entries(raw)) {
    if (!Array.isArray(names)) continue;
    const clean = [...new Set(names.filter((n): n is string => typeof n === 'string').map((n) => n.trim()))];
    const nonBlank = clean.filter((n) => n !== '');
    if (nonBlank.length > 0) out.set(locale, nonBlank);
  }
  return out;
}

// The original title leads its own language's list, ahead of any translation filed under the same locale.
function localizedTitles(translations: Map<string, string[]>, original: string, lang: string | null): LocalizedNames[] {
  const byLocale = new Map(translations);
  if (lang !== null) byLocale.set(lang, [...new Set([original, ...(byLocale.get(lang) ?? [])])]);
  return [...byLocale].map(([locale, names]) => ({ locale, names }));
}

function runtimeMinutes(begin: Date | null, end: Date | null): number | null {
  if (begin === null || end === null) return null;
  const minutes = Math.round((end.getTime() - begin.getTime()) / 60_000);
  return minutes >= 1 && minutes <= MAX_RUNTIME_MINUTES ? minutes : null;
}

function siteEntries(raw: unknown): BangumiSiteEntry[] {
  if (!Array.isArray(raw)) return [];
  return raw.filter(isRecord).flatMap((s): BangumiSiteEntry[] => {
    if (typeof s['site'] !== 'string') return [];
    const id = typeof s['id'] === 'string' || typeof s['id'] === 'number' ? String(s['id']) : undefined;
    const entry: BangumiSiteEntry = { site: s['site'] };
    if (id !== undefined) entry.id = id;
    if (typeof s['url'] === 'string') entry.url = s['url'];
    if (typeof s['begin'] === 'string') entry.begin = s['begin'];
    return [entry];
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
