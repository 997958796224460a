import { AVAILABILITY_TYPES, CONTENT_TYPES, type AvailabilityType, type ContentType } from '../vocabulary/catalogTypes.js';
import { parseContentRating, ratingRank } from '../vocabulary/contentRating.js';
import { GENRE_LABELS, isGenre, normalizeGenre, type Genre } from '../vocabulary/genres.js';
import type { CatalogTitleDocument } from './CatalogTitleDocument.js';
import { isTitleId } from './isTitleId.js';
import { searchKey } from './searchKey.js';

/** One `discovery.search_document` row as the upsert SQL reads it (snake case: `jsonb_to_recordset` column names). */
export interface SearchDocumentRow {
  title_id: string;
  content_type: ContentType;
  name: string;
  original_name: string | null;
  localized_names: string[];
  overview: string | null;
  genres: string[];
  directors: string[];
  cast_members: string[];
  release_year: number | null;
  release_date: string | null;
  runtime_minutes: number | null;
  rating_system: string | null;
  rating: string | null;
  rating_rank: number | null;
  popularity: number;
  average_rating: number | null;
  vote_count: number | null;
  quality_score: number | null;
  external_ids: Record<string, string>;
  /** Keys of every name, and of each without a leading English article: what an exact-name query is compared to. */
  name_keys: string[];
  /** Keys of every name joined by " / ", for trigram word similarity. */
  names_text: string;
  people_keys: string[];
  /** Inputs of the tsvector, never stored as such: display names, people keys, genre and type words. */
  names_doc: string;
  people_doc: string;
  descriptors_doc: string;
}

export interface SearchOfferRow {
  title_id: string;
  position: number;
  platform_id: string;
  availability_type: AvailabilityType;
  regions: string[];
  available_from: string | null;
  expires_at: string | null;
  source: string;
}

export interface TitleTermRow {
  key: string;
  term: string;
  norm: string;
  title_id: string;
  weight: number;
}

export interface PreparedDocuments {
  documents: SearchDocumentRow[];
  offers: SearchOfferRow[];
  titleTerms: TitleTermRow[];
  rejected: Array<{ titleId: string; reason: string }>;
}

/** Words a content type is searched by: "alien movie", "office series". */
const CONTENT_TYPE_WORDS: Readonly<Record<ContentType, string>> = { MOVIE: 'movie film', SERIES: 'series show tv' };
/**
 * Spellings of a genre people type as one word that its label does not contain (PRODUCT_SPEC §4 synonym expansion
 * "sci-fi ↔ science fiction"). Only true synonyms: sub-genres ("cyberpunk") would claim every title of the genre.
 */
const GENRE_EXTRA_WORDS: Partial<Record<Genre, string>> = { science_fiction: 'sci-fi scifi' };
const LEADING_ARTICLE = /^(?:the|a|an) (?=\S)/;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Turns catalog documents into the rows the store writes, normalised once here so SQL filters compare like with
 * like: content and availability types upper-case as the GraphQL enums, genres canonical (`normalizeGenre`, as
 * `applyFilters` compares them), regions upper-case, a null offer region list stored empty ("wherever the platform
 * operates", the catalog's and `offerReaches`' convention), the rating's rank on G…NC-17.
 *
 * A document discovery cannot search is rejected with a reason rather than thrown: a malformed title id, an empty
 * name, a content type outside the enum. An offer with an unknown availability type is dropped (no filter could
 * match it). A title id given twice keeps its last document, as a later event would.
 */
export function prepareDocuments(input: readonly CatalogTitleDocument[]): PreparedDocuments {
  const latest = new Map<string, CatalogTitleDocument>();
  const rejected: PreparedDocuments['rejected'] = [];
  for (const doc of input) {
    const problem = rejection(doc);
    if (problem) rejected.push({ titleId: String(doc?.titleId ?? ''), reason: problem });
    else latest.set(doc.titleId.toLowerCase(), doc);
  }

  const prepared: PreparedDocuments = { documents: [], offers: [], titleTerms: [], rejected };
  for (const [titleId, doc] of latest) {
    const contentType = doc.contentType.toUpperCase() as ContentType;
    const names = unique([doc.name, doc.originalName, ...(doc.localizedNames ?? [])]);
    const nameKeys = unique(names.map(searchKey));
    const exactKeys = unique([...nameKeys, ...nameKeys.map((k) => k.replace(LEADING_ARTICLE, ''))]);
    const directors = unique(doc.directors ?? []);
    const cast = unique(doc.cast ?? []);
    const peopleKeys = [...directors, ...cast].map(searchKey);
    const genres = unique((doc.genres ?? []).map((g) => normalizeGenre(g) ?? g.trim().toLowerCase()));
    const popularity = finite(doc.popularity) ?? 0.5;
    const level = parseContentRating(doc.contentRating?.rating);
    const releaseYear = integer(doc.releaseYear);

    prepared.documents.push({
      title_id: titleId,
      content_type: contentType,
      name: doc.name.trim(),
      original_name: text(doc.originalName),
      localized_names: unique(doc.localizedNames ?? []),
      overview: text(doc.overview),
      genres,
      directors,
      cast_members: cast,
      release_year: releaseYear,
      release_date: typeof doc.releaseDate === 'string' && DATE_ONLY.test(doc.releaseDate) ? doc.releaseDate : null,
      runtime_minutes: positive(integer(doc.runtimeMinutes)),
      rating_system: text(doc.contentRating?.system),
      rating: text(doc.contentRating?.rating),
      rating_rank: level === null ? null : ratingRank(level),
      popularity: Math.min(1, Math.max(0, popularity)),
      average_rating: finite(doc.averageRating),
      vote_count: integer(doc.voteCount),
      quality_score: finite(doc.qualityScore),
      external_ids: externalIdMap(doc.externalIds),
      name_keys: exactKeys,
      names_text: nameKeys.join(' / '),
      people_keys: peopleKeys,
      names_doc: names.join('\n'),
      people_doc: unique(peopleKeys).join('\n'),
      descriptors_doc: [
        ...genres.map((g) => (isGenre(g) ? `${GENRE_LABELS[g]} ${GENRE_EXTRA_WORDS[g] ?? ''}`.trim() : g.replace(/_/g, ' '))),
        CONTENT_TYPE_WORDS[contentType],
        releaseYear === null ? '' : String(releaseYear),
      ].join('\n'),
    });

    let position = 0;
    for (const offer of doc.offers ?? []) {
      const type = String(offer.availabilityType ?? '').toUpperCase();
      if (!(AVAILABILITY_TYPES as readonly string[]).includes(type) || !text(offer.platformId)) continue;
      prepared.offers.push({
        title_id: titleId,
        position: position++,
        platform_id: offer.platformId.trim(),
        availability_type: type as AvailabilityType,
        regions: unique((offer.regions ?? []).map((r) => r.toUpperCase())),
        available_from: timestamp(offer.availableFrom),
        expires_at: timestamp(offer.expiresAt),
        source: text(offer.source) ?? 'unknown',
      });
    }

    const seen = new Set<string>();
    for (const term of names) {
      const norm = searchKey(term);
      if (!norm || seen.has(norm)) continue;
      seen.add(norm);
      prepared.titleTerms.push({ key: `title:${titleId}:${norm}`, term, norm, title_id: titleId, weight: popularity });
    }
  }
  return prepared;
}

function rejection(doc: CatalogTitleDocument): string | null {
  if (!doc || typeof doc !== 'object') return 'not a document';
  if (typeof doc.titleId !== 'string' || !isTitleId(doc.titleId)) return 'titleId is not a UUID';
  if (typeof doc.name !== 'string' || !searchKey(doc.name)) return 'name is empty';
  const type = typeof doc.contentType === 'string' ? doc.contentType.toUpperCase() : '';
  if (!(CONTENT_TYPES as readonly string[]).includes(type)) return `unknown content type ${JSON.stringify(doc.contentType)}`;
  return null;
}

/** Trimmed, non-empty, first occurrence kept. */
function unique(values: ReadonlyArray<string | null | undefined>): string[] {
  const out = new Set<string>();
  for (const value of values) {
    const t = text(value);
    if (t) out.add(t);
  }
  return [...out];
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

function finite(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** An integer that fits Postgres' `integer`; anything else is unknown. */
function integer(value: unknown): number | null {
  return typeof value === 'number' && Number.isInteger(value) && Math.abs(value) <= 2_147_483_647 ? value : null;
}

function positive(value: number | null): number | null {
  return value !== null && value > 0 ? value : null;
}

function timestamp(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

/** The event lists external ids as `{ system, value }` pairs; the read model keeps one id per system. */
function externalIdMap(ids: unknown): Record<string, string> {
  if (!Array.isArray(ids)) return {};
  const map: Record<string, string> = {};
  for (const id of ids as Array<{ system?: unknown; value?: unknown }>) {
    if (typeof id?.system === 'string' && typeof id.value === 'string' && !(id.system in map)) map[id.system] = id.value;
  }
  return map;
}
