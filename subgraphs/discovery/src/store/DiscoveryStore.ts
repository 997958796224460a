import type { SearchCandidate } from '../ranking/SearchCandidate.js';
import type { ContentRestrictions, SearchFilters } from '../ranking/SearchFilters.js';
import type { DiscoveryVocabulary, VocabularyPerson, VocabularyTitle } from '../vocabulary/DiscoveryVocabulary.js';
import type { CatalogTitleDocument } from './CatalogTitleDocument.js';

/**
 * Discovery's read model of the catalogue (PRODUCT_SPEC §4): written only by the projection of catalog events, read
 * by search. Keyword retrieval and autocomplete run in Postgres (full text + pg_trgm); ranking, filters' meaning and
 * query understanding stay in the pure modules, which read documents through {@link DiscoveryStore.documents}.
 */
export interface DiscoveryStore {
  /**
   * Upserts the documents as the whole truth of those titles (fields, offers, autocomplete names) in one
   * transaction, and refreshes the person and genre terms they touch. Applying the same documents again changes
   * nothing. With `at`, a document older than the stored one is skipped and the consumer offset advances in the
   * same transaction, so a crash can never record an offset without its documents.
   */
  applyTitleDocuments(documents: readonly CatalogTitleDocument[], at?: ProjectionPosition): Promise<ApplyResult>;
  /** Deletes the titles (offers and title terms cascade) and refreshes the person and genre terms. */
  removeTitles(titleIds: readonly string[], at?: ProjectionPosition): Promise<{ removed: string[] }>;
  /** Best first; at most `limit` hits. Never throws on odd text: empty or unsearchable text finds nothing. */
  keywordSearch(input: KeywordSearchInput): Promise<KeywordHit[]>;
  /** Titles, people and genres for what the user has typed so far, best first. */
  autocomplete(prefix: string, limit?: number): Promise<AutocompleteSuggestion[]>;
  /** The documents of the ids that exist, in the order asked; unknown or malformed ids are left out. */
  documents(titleIds: readonly string[]): Promise<DiscoveryDocument[]>;
  /** Ids of every title passing the filters, most popular first: trending, and browsing by structure alone. */
  browse(input: BrowseInput): Promise<string[]>;
  /** For each name, the id of the most popular title with exactly that name; names no title has are left out. */
  titlesNamed(names: readonly string[]): Promise<Map<string, string>>;
  /** Candidates for graph search: titles sharing a person, or a genre within a span of years (see `relatedTitlesSql`). */
  relatedTitles(input: RelatedTitlesInput): Promise<string[]>;
  /** Up to `limit` title ids after `after` in id order (null: from the start): a walk over every title. */
  titleIdsPage(after: string | null, limit: number): Promise<string[]>;
  /** The catalogue's words for the intent parser and the spell corrector, most popular first. */
  vocabulary(options?: VocabularyOptions): Promise<StoreVocabulary>;
  /** The last sequence applied from one event source, or null before the first. */
  lastSequence(group: string, source: string): Promise<number | null>;
  stats(): Promise<DiscoveryStoreStats>;
}

/** Where a batch of events came from: the consumer group, the event source (stream) and the batch's last sequence. */
export interface ProjectionPosition {
  group: string;
  source: string;
  sequence: number;
}

export interface ApplyResult {
  /** Ids written, in input order. */
  written: string[];
  /** Ids skipped because the stored document came from a later event. */
  stale: string[];
  /** Documents that cannot be searched, with why (collected rather than thrown, so one bad event never blocks the rest). */
  rejected: Array<{ titleId: string; reason: string }>;
}

export interface KeywordSearchInput {
  /** The user's words; websearch syntax ("quoted phrase", -exclusion, or) is understood. */
  text: string;
  /** @default 100; at most `SEARCH_TUNING.maxKeywordLimit` (1000, PRODUCT_SPEC §4 "up to 1000 candidates") */
  limit?: number;
  filters?: SearchFilters;
  /** The profile's parental controls, combined with the filters as `applyFilters` does. */
  restrictions?: ContentRestrictions | null;
  /** For offer windows. @default new Date() */
  now?: Date;
}

/** Which part of the document the query matched: the strongest single field that holds every query term. */
export type KeywordMatchField = 'title' | 'person' | 'genre' | 'overview' | 'mixed';

export interface KeywordHit {
  titleId: string;
  /** Higher is better; comparable only within one search. */
  score: number;
  /** `fuzzy`: found only by trigram similarity of a name (a typo or a partial word), not by full text. */
  matched: { field: KeywordMatchField; fuzzy: boolean };
}

export type AutocompleteKind = 'title' | 'person' | 'genre';

export interface AutocompleteSuggestion {
  /** The name as the catalogue spells it (the matching one, for a title with several names). */
  text: string;
  kind: AutocompleteKind;
  titleId: string | null;
  /** The canonical genre id, for a genre. */
  genre: string | null;
  /** Titles: popularity; people: popularity of their best-known title; genres: share of titles. All in [0, 1]. */
  weight: number;
  /** `prefix`: the name starts with it; `word`: a later word does; `fuzzy`: trigram similarity only. */
  matched: 'prefix' | 'word' | 'fuzzy';
}

/** A document as ranking and filtering take it, with what display needs besides. */
export interface DiscoveryDocument extends SearchCandidate {
  originalName: string | null;
  localizedNames: string[];
  overview: string | null;
  /** `YYYY-MM-DD` */
  releaseDate: string | null;
  contentRatingSystem: string | null;
  voteCount: number | null;
  externalIds: Record<string, string>;
}

export interface VocabularyOptions {
  /** @default 10_000 (PRODUCT_SPEC §4: "the top 10k titles") */
  maxTitles?: number;
  /** @default 10_000 */
  maxPeople?: number;
}

/** {@link DiscoveryVocabulary} with how often each word occurs, which the spell corrector weighs candidates by. */
export interface StoreVocabulary extends DiscoveryVocabulary {
  titles: VocabularyTitle[];
  people: Array<VocabularyPerson & { titles: number }>;
  genres: Array<{ genre: string; titles: number }>;
}

export interface BrowseInput {
  /** @default 100; at most `SEARCH_TUNING.maxKeywordLimit` */
  limit?: number;
  filters?: SearchFilters;
  restrictions?: ContentRestrictions | null;
  now?: Date;
}

export interface RelatedTitlesInput {
  /** People's names as the catalogue writes them. */
  people: readonly string[];
  /** Canonical genre ids; with `years`, titles of any of them in those years are candidates too. */
  genres?: readonly string[];
  years?: { min: number; max: number };
  excludeIds?: readonly string[];
  /** @default 200; at most `SEARCH_TUNING.maxKeywordLimit` */
  limit?: number;
}

export interface DiscoveryStoreStats {
  documents: number;
  offers: number;
  autocompleteTerms: number;
  /** Every consumer offset, by group and source. */
  positions: ProjectionPosition[];
}
