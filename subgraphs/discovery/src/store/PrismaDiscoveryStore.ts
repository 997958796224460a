import type { Prisma, PrismaClient } from '@media-gateway/db';
import { foldText } from '../lib/foldText.js';
import { GENRE_LABELS, GENRES } from '../vocabulary/genres.js';
import { cleanSearchText } from './cleanSearchText.js';
import type {
  ApplyResult,
  AutocompleteSuggestion,
  BrowseInput,
  DiscoveryDocument,
  DiscoveryStore,
  DiscoveryStoreStats,
  KeywordHit,
  KeywordSearchInput,
  ProjectionPosition,
  RelatedTitlesInput,
  StoreVocabulary,
  VocabularyOptions,
} from './DiscoveryStore.js';
import type { CatalogTitleDocument } from './CatalogTitleDocument.js';
import { isTitleId } from './isTitleId.js';
import { jsonParam } from './jsonParam.js';
import { prepareDocuments } from './prepareDocuments.js';
import { searchKey } from './searchKey.js';
import { SEARCH_TUNING } from './searchTuning.js';
import { toDiscoveryDocument, type DocumentRow } from './toDiscoveryDocument.js';
import { advanceConsumerOffsetSql } from './sql/advanceConsumerOffsetSql.js';
import { autocompleteSql } from './sql/autocompleteSql.js';
import { BROWSE_FILTER_START, browseSql } from './sql/browseSql.js';
import { countsSql } from './sql/countsSql.js';
import { deleteSearchDocumentsSql } from './sql/deleteSearchDocumentsSql.js';
import { documentsByIdSql } from './sql/documentsByIdSql.js';
import { KEYWORD_SEARCH_FILTER_START, keywordSearchSql } from './sql/keywordSearchSql.js';
import { lockProjectionSql } from './sql/lockProjectionSql.js';
import { peopleKeysOfSql } from './sql/peopleKeysOfSql.js';
import { relatedTitlesSql } from './sql/relatedTitlesSql.js';
import { refreshGenreTermsSql } from './sql/refreshGenreTermsSql.js';
import { refreshPersonTermsSql } from './sql/refreshPersonTermsSql.js';
import { replaceSearchOffersSql } from './sql/replaceSearchOffersSql.js';
import { replaceTitleTermsSql } from './sql/replaceTitleTermsSql.js';
import { searchFilterSql } from './sql/searchFilterSql.js';
import { setTrigramSearchSql } from './sql/setTrigramSearchSql.js';
import { titleIdsPageSql } from './sql/titleIdsPageSql.js';
import { titlesNamedSql } from './sql/titlesNamedSql.js';
import { upsertSearchDocumentsSql } from './sql/upsertSearchDocumentsSql.js';
import { vocabularySql } from './sql/vocabularySql.js';

type Tx = Prisma.TransactionClient;

export interface PrismaDiscoveryStoreOptions {
  /**
   * Longest an apply or removal transaction may run; a first load of the whole catalogue is one transaction.
   * @default 300_000
   */
  transactionTimeoutMs?: number;
}

/** Documents per statement inside one apply: bounds the JSON parameter (overviews make a document ~1 kB). */
const WRITE_CHUNK = 1000;

const GENRE_TERM_LABELS = jsonParam(GENRES.map((genre) => ({ genre, label: GENRE_LABELS[genre], norm: searchKey(GENRE_LABELS[genre]) })));

/**
 * {@link DiscoveryStore} on Postgres schema `discovery` through Prisma's raw SQL (the statements live in `./sql`,
 * every value bound as a parameter). Works the same on a server and on embedded PGlite, which loads pg_trgm.
 */
export class PrismaDiscoveryStore implements DiscoveryStore {
  private readonly transactionTimeoutMs: number;

  constructor(
    private readonly prisma: PrismaClient,
    options: PrismaDiscoveryStoreOptions = {},
  ) {
    this.transactionTimeoutMs = options.transactionTimeoutMs ?? 300_000;
    if (!Number.isInteger(this.transactionTimeoutMs) || this.transactionTimeoutMs <= 0) {
      throw new TypeError(`PrismaDiscoveryStore: \`transactionTimeoutMs\` must be a positive integer, got ${options.transactionTimeoutMs}`);
    }
  }

  async applyTitleDocuments(documents: readonly CatalogTitleDocument[], at?: ProjectionPosition): Promise<ApplyResult> {
    const sequence = at ? checkedPosition(at).sequence : null;
    const prepared = prepareDocuments(documents);
    if (prepared.documents.length === 0 && !at) return { written: [], stale: [], rejected: prepared.rejected };

    const written = await this.prisma.$transaction(
      async (tx) => {
        await tx.$executeRawUnsafe(lockProjectionSql);
        const ids = prepared.documents.map((d) => d.title_id);
        const [before] = await tx.$queryRawUnsafe<Array<{ people_keys: string[] }>>(peopleKeysOfSql, ids);
        const writtenIds: string[] = [];
        for (let i = 0; i < prepared.documents.length; i += WRITE_CHUNK) {
          const rows = await tx.$queryRawUnsafe<Array<{ title_id: string }>>(
            upsertSearchDocumentsSql,
            jsonParam(prepared.documents.slice(i, i + WRITE_CHUNK)),
            sequence,
          );
          writtenIds.push(...rows.map((row) => row.title_id));
        }
        if (writtenIds.length > 0) {
          await replace(tx, replaceSearchOffersSql, writtenIds, prepared.offers);
          await replace(tx, replaceTitleTermsSql, writtenIds, prepared.titleTerms);
          const writtenSet = new Set(writtenIds);
          const people = new Set(before?.people_keys ?? []);
          for (const d of prepared.documents) if (writtenSet.has(d.title_id)) for (const k of d.people_keys) people.add(k);
          await refreshTerms(tx, [...people]);
        }
        if (at) await tx.$executeRawUnsafe(advanceConsumerOffsetSql, at.group, at.source, at.sequence);
        return new Set(writtenIds);
      },
      { timeout: this.transactionTimeoutMs, maxWait: 60_000 },
    );

    const all = prepared.documents.map((d) => d.title_id);
    return { written: all.filter((id) => written.has(id)), stale: all.filter((id) => !written.has(id)), rejected: prepared.rejected };
  }

  async removeTitles(titleIds: readonly string[], at?: ProjectionPosition): Promise<{ removed: string[] }> {
    const sequence = at ? checkedPosition(at).sequence : null;
    const ids = [...new Set(titleIds.filter(isTitleId).map((id) => id.toLowerCase()))];
    if (ids.length === 0 && !at) return { removed: [] };
    return this.prisma.$transaction(
      async (tx) => {
        await tx.$executeRawUnsafe(lockProjectionSql);
        const rows = await tx.$queryRawUnsafe<Array<{ title_id: string; people_keys: string[] }>>(deleteSearchDocumentsSql, ids, sequence);
        if (rows.length > 0) await refreshTerms(tx, [...new Set(rows.flatMap((row) => row.people_keys))]);
        if (at) await tx.$executeRawUnsafe(advanceConsumerOffsetSql, at.group, at.source, at.sequence);
        return { removed: rows.map((row) => row.title_id) };
      },
      { timeout: this.transactionTimeoutMs, maxWait: 60_000 },
    );
  }

  async keywordSearch(input: KeywordSearchInput): Promise<KeywordHit[]> {
    const limit = checkedLimit('limit', input.limit, SEARCH_TUNING.defaultKeywordLimit, SEARCH_TUNING.maxKeywordLimit);
    const text = cleanSearchText(input.text);
    const key = searchKey(text);
    if (key === '') return [];
    const fuzzyKey = Array.from(key).length >= SEARCH_TUNING.minFuzzyLength ? key : null;
    const filter = searchFilterSql(input.filters ?? {}, input.restrictions ?? null, input.now ?? new Date(), KEYWORD_SEARCH_FILTER_START);
    const params = [
      text,
      // `simple` has no accent folding of its own, and its side of the vector is stored folded.
      foldText(text),
      fuzzyKey,
      key,
      limit,
      SEARCH_TUNING.fuzzyWeight,
      SEARCH_TUNING.exactNameBonus,
      [...SEARCH_TUNING.textWeights],
      ...filter.params,
    ];
    const sql = keywordSearchSql(filter.sql);
    type Row = { title_id: string; score: number; field: KeywordHit['matched']['field']; fuzzy: boolean };
    const rows = fuzzyKey === null
      ? await this.prisma.$queryRawUnsafe<Row[]>(sql, ...params)
      : await this.trigramRead<Row>({ threshold: SEARCH_TUNING.wordSimilarityThreshold, seqscan: false }, sql, params);
    return rows.map((row) => ({ titleId: row.title_id, score: Number(row.score), matched: { field: row.field, fuzzy: row.fuzzy } }));
  }

  async autocomplete(prefix: string, limit?: number): Promise<AutocompleteSuggestion[]> {
    const max = checkedLimit('limit', limit, SEARCH_TUNING.defaultAutocompleteLimit, SEARCH_TUNING.maxAutocompleteLimit);
    const key = searchKey(cleanSearchText(prefix));
    if (key === '') return [];
    type Row = { kind: AutocompleteSuggestion['kind']; term: string; title_id: string | null; genre: string | null; weight: number; tier: number };
    const rows = await this.prisma.$queryRawUnsafe<Row[]>(autocompleteSql.prefix, escapeLike(key), max);
    // A leading article is no evidence of which name is meant, and its trigrams match every "The …" title.
    const fuzzyKey = key.replace(/^(?:the|a|an) /, '');
    if (rows.length < max && Array.from(fuzzyKey).length >= SEARCH_TUNING.minFuzzyPrefixLength) {
      // Asks for `max` more than needed: the closest names may be ones the prefix step already returned.
      const fuzzy = await this.trigramRead<Row>(
        { threshold: SEARCH_TUNING.autocompleteSimilarityThreshold, seqscan: false },
        autocompleteSql.fuzzy,
        [fuzzyKey, max * 2],
      );
      const seen = new Set(rows.map(suggestionKey));
      for (const row of fuzzy) {
        if (rows.length >= max) break;
        if (!seen.has(suggestionKey(row))) rows.push(row);
      }
    }
    return rows.map((row) => ({
      text: row.term,
      kind: row.kind,
      titleId: row.title_id,
      genre: row.genre,
      weight: Number(row.weight),
      matched: row.tier === 0 ? 'prefix' : row.tier === 1 ? 'word' : 'fuzzy',
    }));
  }

  async documents(titleIds: readonly string[]): Promise<DiscoveryDocument[]> {
    const ids = [...new Set(titleIds.filter(isTitleId).map((id) => id.toLowerCase()))];
    if (ids.length === 0) return [];
    const rows = await this.prisma.$queryRawUnsafe<DocumentRow[]>(documentsByIdSql, ids);
    const byId = new Map(rows.map((row) => [row.title_id, toDiscoveryDocument(row)]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  async browse(input: BrowseInput): Promise<string[]> {
    const limit = checkedLimit('limit', input.limit, SEARCH_TUNING.defaultKeywordLimit, SEARCH_TUNING.maxKeywordLimit);
    const filter = searchFilterSql(input.filters ?? {}, input.restrictions ?? null, input.now ?? new Date(), BROWSE_FILTER_START);
    const rows = await this.prisma.$queryRawUnsafe<Array<{ title_id: string }>>(browseSql(filter.sql), limit, ...filter.params);
    return rows.map((row) => row.title_id);
  }

  async titlesNamed(names: readonly string[]): Promise<Map<string, string>> {
    const keyed = new Map<string, string>();
    for (const name of names) {
      const key = searchKey(cleanSearchText(name));
      if (key !== '' && !keyed.has(key)) keyed.set(key, name);
    }
    if (keyed.size === 0) return new Map();
    const rows = await this.prisma.$queryRawUnsafe<Array<{ key: string; title_id: string }>>(titlesNamedSql, [...keyed.keys()]);
    return new Map(rows.map((row) => [keyed.get(row.key)!, row.title_id]));
  }

  async relatedTitles(input: RelatedTitlesInput): Promise<string[]> {
    const limit = checkedLimit('limit', input.limit, 200, SEARCH_TUNING.maxKeywordLimit);
    const people = [...new Set(input.people.map((name) => searchKey(cleanSearchText(name))).filter((key) => key !== ''))];
    const genres = input.genres?.length && input.years ? [...input.genres] : null;
    if (people.length === 0 && genres === null) return [];
    const exclude = (input.excludeIds ?? []).filter(isTitleId);
    const rows = await this.prisma.$queryRawUnsafe<Array<{ title_id: string }>>(
      relatedTitlesSql,
      people,
      genres,
      input.years?.min ?? null,
      input.years?.max ?? null,
      exclude,
      limit,
    );
    return rows.map((row) => row.title_id);
  }

  async titleIdsPage(after: string | null, limit: number): Promise<string[]> {
    const max = checkedLimit('limit', limit, 1000, 10_000);
    const rows = await this.prisma.$queryRawUnsafe<Array<{ title_id: string }>>(titleIdsPageSql, after !== null && isTitleId(after) ? after : null, max);
    return rows.map((row) => row.title_id);
  }

  async vocabulary(options: VocabularyOptions = {}): Promise<StoreVocabulary> {
    const maxTitles = checkedLimit('maxTitles', options.maxTitles, 10_000, Number.MAX_SAFE_INTEGER);
    const maxPeople = checkedLimit('maxPeople', options.maxPeople, 10_000, Number.MAX_SAFE_INTEGER);
    type Row = { kind: string; term: string; genre: string | null; weight: number; title_count: number };
    const rows = await this.prisma.$queryRawUnsafe<Row[]>(vocabularySql, Math.min(maxTitles, 2_147_483_647), Math.min(maxPeople, 2_147_483_647));
    const vocabulary: StoreVocabulary = { titles: [], people: [], genres: [] };
    for (const row of rows) {
      if (row.kind === 'title') vocabulary.titles.push({ text: row.term, popularity: Number(row.weight) });
      else if (row.kind === 'person') vocabulary.people.push({ name: row.term, popularity: Number(row.weight), titles: Number(row.title_count) });
      else if (row.kind === 'genre' && row.genre) vocabulary.genres.push({ genre: row.genre, titles: Number(row.title_count) });
    }
    return vocabulary;
  }

  async lastSequence(group: string, source: string): Promise<number | null> {
    const row = await this.prisma.discoveryConsumerOffset.findUnique({ where: { group_source: { group, source } } });
    return row ? Number(row.lastSequence) : null;
  }

  async stats(): Promise<DiscoveryStoreStats> {
    const [[counts], offsets] = await Promise.all([
      this.prisma.$queryRawUnsafe<Array<{ documents: number; offers: number; autocomplete_terms: number }>>(countsSql),
      this.prisma.discoveryConsumerOffset.findMany({ orderBy: [{ group: 'asc' }, { source: 'asc' }] }),
    ]);
    return {
      documents: Number(counts?.documents ?? 0),
      offers: Number(counts?.offers ?? 0),
      autocompleteTerms: Number(counts?.autocomplete_terms ?? 0),
      positions: offsets.map((o) => ({ group: o.group, source: o.source, sequence: Number(o.lastSequence) })),
    };
  }

  /**
   * Runs a read that uses `<%` at a tuned threshold, in one transaction whose first statement sets it (and the
   * sequential-scan switch, see `setTrigramSearchSql`) for that transaction only.
   */
  private async trigramRead<T>(settings: { threshold: number; seqscan: boolean }, sql: string, params: unknown[]): Promise<T[]> {
    const [, rows] = await this.prisma.$transaction([
      this.prisma.$queryRawUnsafe(setTrigramSearchSql, String(settings.threshold), settings.seqscan ? 'on' : 'off'),
      this.prisma.$queryRawUnsafe<T[]>(sql, ...params),
    ]);
    return rows;
  }
}

/** Delete-then-insert of rows belonging to the written titles (see `replaceSearchOffersSql`). */
async function replace(tx: Tx, sql: { delete: string; insert: string }, ids: string[], rows: ReadonlyArray<{ title_id: string }>): Promise<void> {
  await tx.$executeRawUnsafe(sql.delete, ids);
  const wanted = new Set(ids);
  const mine = rows.filter((row) => wanted.has(row.title_id));
  for (let i = 0; i < mine.length; i += WRITE_CHUNK * 5) {
    await tx.$executeRawUnsafe(sql.insert, ids, jsonParam(mine.slice(i, i + WRITE_CHUNK * 5)));
  }
}

/** Person terms of the people touched, then every genre term (their shares moved with the title count). */
async function refreshTerms(tx: Tx, peopleKeys: string[]): Promise<void> {
  if (peopleKeys.length > 0) {
    await tx.$executeRawUnsafe(refreshPersonTermsSql.delete, peopleKeys);
    await tx.$executeRawUnsafe(refreshPersonTermsSql.insert, peopleKeys);
  }
  await tx.$executeRawUnsafe(refreshGenreTermsSql.delete);
  await tx.$executeRawUnsafe(refreshGenreTermsSql.insert, GENRE_TERM_LABELS);
}

/** One suggestion per title, person or genre (the statements' `DISTINCT ON` key). */
function suggestionKey(row: { kind: string; term: string; title_id: string | null; genre: string | null }): string {
  return row.title_id ?? `${row.kind}:${row.genre ?? row.term}`;
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function checkedLimit(name: string, value: number | undefined, fallback: number, max: number): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < 1) throw new TypeError(`PrismaDiscoveryStore: \`${name}\` must be a positive integer, got ${value}`);
  return Math.min(value, max);
}

function checkedPosition(at: ProjectionPosition): ProjectionPosition {
  if (typeof at.group !== 'string' || at.group === '' || typeof at.source !== 'string' || at.source === '') {
    throw new TypeError('PrismaDiscoveryStore: a projection position needs a non-empty `group` and `source`');
  }
  if (!Number.isSafeInteger(at.sequence) || at.sequence < 0) {
    throw new TypeError(`PrismaDiscoveryStore: \`sequence\` must be a non-negative safe integer, got ${at.sequence}`);
  }
  return at;
}
