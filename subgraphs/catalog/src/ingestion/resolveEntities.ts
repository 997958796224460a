import { titleIdFor } from './catalogIds.js';
import { englishNames, mergeRecords } from './mergeRecords.js';
import { normalizeTitleKey } from './normalizeTitleKey.js';
import type { ContentType, KnownIds, NormalizedTitle, ResolvedTitle } from './types.js';

export interface ResolveOptions {
  /** Import time: the freshness reference for quality scores. */
  now: Date;
}

export interface ResolveResult {
  titles: ResolvedTitle[];
  /** Records that joined a title another record of this run had already formed: `records − titles`. */
  merged: number;
}

/** §3 resolution order after EIDR: IMDb, then TMDb, then Gracenote; the anime databases after those. */
const ID_PRIORITY = ['eidr', 'imdb', 'tmdb_movie', 'tmdb_tv', 'gracenote_tms', 'anilist', 'mal', 'anidb', 'bangumi'];

/** §3 fuzzy rule: same normalised title and release years at most one apart (a festival vs a general release). */
const MAX_YEAR_GAP = 1;

interface Group {
  id: string;
  contentType: ContentType;
  records: NormalizedTitle[];
  sources: Set<string>;
  /** Earliest release year of the records so far. */
  year: number | null;
  /** system → value, first record wins, as the merged title will have them. */
  ids: Map<string, string>;
}

/**
 * Groups source records into titles (PRODUCT_SPEC §3 entity resolution), in record order. A record joins:
 *  (a) the title the database already has for its `source:sourceKey`, or one this run gave it;
 *  (b) else the title of any of its external ids, known or seen earlier in this run, in `ID_PRIORITY` order;
 *      a title whose ids contradict the record's (same system, other value) is never joined, by (b) or (c);
 *  (c) else a title from earlier in this run with the same normalised name (display, original or English),
 *      the same content type and a release year within one, both years known;
 *  (d) else a new title with id uuid v5 of `source:sourceKey`.
 *
 * Rule (c) never joins a title that already holds a record of the same source: a source lists each work once, so
 * two of its records with one name are different works (an anime's TV series and its OVA, a 1998 and a 1999
 * film). Rule (c) only compares exact normalised names; the §3 similarity score and embedding steps are
 * later work. Remakes stay apart because their years differ by more than one.
 */
export function resolveEntities(records: readonly NormalizedTitle[], known: KnownIds, opts: ResolveOptions): ResolveResult {
  const groups = new Map<string, Group>();
  const bySourceRecord = new Map<string, Group>();
  const byExternalId = new Map<string, Group>();
  const byName = new Map<string, Group[]>();

  const groupFor = (id: string, record: NormalizedTitle): Group => {
    const existing = groups.get(id);
    if (existing) return existing;
    const created: Group = { id, contentType: record.contentType, records: [], sources: new Set(), year: null, ids: new Map() };
    groups.set(id, created);
    return created;
  };

  for (const record of records) {
    const recordKey = `${record.source}:${record.sourceKey}`;
    const year = record.releaseDate?.getUTCFullYear() ?? null;
    const knownId = known.bySourceRecord.get(recordKey);
    const group =
      bySourceRecord.get(recordKey) ??
      (knownId !== undefined ? groupFor(knownId, record) : undefined) ??
      matchExternalId(record, byExternalId, known, groups, (id) => groupFor(id, record)) ??
      matchName(record, year, byName) ??
      groupFor(titleIdFor(record.source, record.sourceKey), record);

    group.records.push(record);
    group.sources.add(record.source);
    if (year !== null && (group.year === null || year < group.year)) group.year = year;
    bySourceRecord.set(recordKey, group);
    for (const { system, value } of record.externalIds) {
      if (!byExternalId.has(`${system}:${value}`)) byExternalId.set(`${system}:${value}`, group);
      if (!group.ids.has(system)) group.ids.set(system, value);
    }
    for (const key of nameKeys(record)) {
      const list = byName.get(key) ?? [];
      if (!list.includes(group)) list.push(group);
      byName.set(key, list);
    }
  }

  const titles = [...groups.values()].map((g) => mergeRecords(g.id, g.records, opts.now));
  return { titles, merged: records.length - titles.length };
}

function matchExternalId(
  record: NormalizedTitle,
  seen: ReadonlyMap<string, Group>,
  known: KnownIds,
  groups: ReadonlyMap<string, Group>,
  groupFor: (id: string) => Group,
): Group | undefined {
  for (const { system, value } of byPriority(record.externalIds)) {
    const key = `${system}:${value}`;
    const inRun = seen.get(key);
    if (inRun && !idsConflict(inRun, record)) return inRun;
    const knownId = known.byExternalId.get(key);
    const knownGroup = knownId === undefined ? undefined : groups.get(knownId);
    if (knownId !== undefined && !(knownGroup && idsConflict(knownGroup, record))) return groupFor(knownId);
  }
  return undefined;
}

/**
 * Two records that carry different ids in the same system are different works, whatever else they share.
 * bangumi-data shows why: it files some seasons and even unrelated shows under one TMDb show id (しゅわわん！
 * and 転生したら第七王子だった… share tv/213830), while MAL, AniDB and AniList tell them apart.
 */
function idsConflict(group: Group, record: NormalizedTitle): boolean {
  return record.externalIds.some(({ system, value }) => {
    const existing = group.ids.get(system);
    return existing !== undefined && existing !== value;
  });
}

function matchName(record: NormalizedTitle, year: number | null, byName: ReadonlyMap<string, Group[]>): Group | undefined {
  if (year === null) return undefined;
  for (const key of nameKeys(record)) {
    const match = byName.get(key)?.find(
      (g) =>
        g.contentType === record.contentType &&
        !g.sources.has(record.source) &&
        !idsConflict(g, record) &&
        g.year !== null &&
        Math.abs(g.year - year) <= MAX_YEAR_GAP,
    );
    if (match) return match;
  }
  return undefined;
}

/** Normalised display, original and English names of a record. */
function nameKeys(record: NormalizedTitle): string[] {
  const names = [record.title, record.originalTitle, ...englishNames(record)].filter((n): n is string => n !== null);
  return [...new Set(names.map(normalizeTitleKey).filter((k) => k !== ''))];
}

function byPriority<T extends { system: string }>(ids: readonly T[]): T[] {
  const rank = (system: string): number => {
    const i = ID_PRIORITY.indexOf(system);
    return i === -1 ? ID_PRIORITY.length : i;
  };
  return [...ids].sort((a, b) => rank(a.system) - rank(b.system));
}
