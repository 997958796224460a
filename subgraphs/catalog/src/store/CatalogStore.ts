import type { TitleQuery } from '../title/TitleQuery.js';

export interface TitleRecord {
  id: string;
  contentType: string;
  title: string;
  originalTitle: string | null;
  originalLanguage: string | null;
  overview: string | null;
  releaseDate: Date | null;
  releaseYear: number | null;
  endDate: Date | null;
  runtimeMinutes: number | null;
  genres: string[];
  ratingSystem: string | null;
  rating: string | null;
  ratingRank: number | null;
  popularity: number;
  averageRating: number | null;
  voteCount: number;
  qualityScore: number;
}

/** A title's child records, loaded only when a query selects fields that need them. */
export interface TitleDetails {
  localizedTitles: Array<{ locale: string; position: number; name: string }>;
  externalIds: Array<{ system: string; value: string }>;
  credits: Array<{ personName: string; role: string; job: string | null; position: number }>;
}

export interface OfferRecord {
  id: string;
  titleId: string;
  platformId: string;
  platformTitleId: string;
  regions: string[];
  availabilityType: string;
  priceAmount: number | null;
  priceCurrency: string | null;
  qualityTiers: string[];
  subscriptionTier: string | null;
  webUrl: string | null;
  availableFrom: Date | null;
  expiresAt: Date | null;
  source: string;
}

export interface PlatformRecord {
  id: string;
  name: string;
  regions: string[];
  appUrlTemplate: string | null;
  webUrlTemplate: string | null;
  searchUrlTemplate: string | null;
}

/** What the catalog's resolvers need from storage. Soft-deleted titles are invisible through every method. */
export interface CatalogStore {
  titlesByIds(ids: readonly string[]): Promise<TitleRecord[]>;
  /** Names, external ids and credits of each title, keyed by title id (absent titles get empty details). */
  detailsFor(ids: readonly string[]): Promise<Map<string, TitleDetails>>;
  /** One page in the query's order; `hasNextPage` is whether another row follows the page. */
  findTitles(query: TitleQuery, now: Date): Promise<{ rows: TitleRecord[]; hasNextPage: boolean }>;
  countTitles(query: TitleQuery, now: Date): Promise<number>;
  /** Offers available at `now` in `region` for each title, DEMO offers only when enabled. */
  offersFor(titleIds: readonly string[], region: string, now: Date): Promise<OfferRecord[]>;
  platforms(): Promise<PlatformRecord[]>;
  genreCounts(): Promise<Array<{ genre: string; count: number }>>;
}

/** An offer as the API shows it: for the region the client asked about. */
export type RegionalOffer = OfferRecord & { region: string };

export interface TitleConnectionResult {
  edges: Array<{ cursor: string; node: TitleRecord }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  /** Deferred: counting is a second query, run only when the client selects the count. */
  totalCount: () => Promise<number>;
}
