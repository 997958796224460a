import type { Genre } from '../title/genres.js';

export type ContentType = 'MOVIE' | 'SERIES';
export type AvailabilityType = 'SUBSCRIPTION' | 'RENTAL' | 'PURCHASE' | 'FREE';
export type QualityTier = 'SD' | 'HD' | 'UHD_4K' | 'HDR' | 'ATMOS';
/** Where an offer came from. `DEMO` offers are generated for trying the product and can be switched off. */
export type OfferSource = 'BANGUMI_DATA' | 'DEMO';
export type RatingSystem = 'MPAA';

export interface Price {
  amount: number;
  currency: string;
}

export interface NormalizedOffer {
  platformId: string;
  platformTitleId: string;
  /** ISO 3166-1 alpha-2 codes; empty means wherever the platform operates. */
  regions: string[];
  availabilityType: AvailabilityType;
  /** Required for RENTAL and PURCHASE, null for SUBSCRIPTION and FREE (PRODUCT_SPEC §2). */
  price: Price | null;
  qualityTiers: QualityTier[];
  subscriptionTier: string | null;
  /** The source's own web URL for the title, when it gives one. */
  webUrl: string | null;
  availableFrom: Date | null;
  expiresAt: Date | null;
  source: OfferSource;
}

export interface LocalizedNames {
  /** BCP 47 tag as the source gives it: `en`, `ja`, `zh-Hans`. */
  locale: string;
  names: string[];
}

export interface ExternalIdRef {
  /** imdb, tmdb_movie, tmdb_tv, mal, anilist, anidb, bangumi, eidr, gracenote_tms */
  system: string;
  value: string;
}

export interface CreditRef {
  personName: string;
  role: 'DIRECTOR' | 'CAST' | 'CREW';
  job: string | null;
  position: number;
}

/** One source record after normalisation: everything the catalog keeps, in canonical form. */
export interface NormalizedTitle {
  source: string;
  sourceKey: string;
  contentType: ContentType;
  /** Display title: English where the source has one. */
  title: string;
  originalTitle: string | null;
  originalLanguage: string | null;
  overview: string | null;
  localizedTitles: LocalizedNames[];
  /** Date-only values, at UTC midnight. */
  releaseDate: Date | null;
  endDate: Date | null;
  runtimeMinutes: number | null;
  genres: Genre[];
  contentRating: { system: RatingSystem; rating: string } | null;
  credits: CreditRef[];
  externalIds: ExternalIdRef[];
  /** [0,1] */
  popularity: number;
  /** [0,10] */
  averageRating: number | null;
  voteCount: number;
  offers: NormalizedOffer[];
}

export type SkipReason = 'missing_title' | 'invalid_record' | 'unsupported_type';

export type NormalizeResult =
  | { ok: true; title: NormalizedTitle; skipReason?: undefined }
  | { ok: false; skipReason: SkipReason; detail: string; title?: undefined };

export interface RateLimitConfig {
  /** Requests allowed per window; `null` for a local dataset that has no quota. */
  requests: number | null;
  windowSeconds: number;
}

/**
 * A catalogue source. Dataset sources and the later API sources (Streaming Availability, TMDb, JustWatch)
 * implement the same interface (PRODUCT_SPEC §3: fetchCatalogDelta, normalize, generateDeepLink, rateLimitConfig).
 */
export interface SourceAdapter<Raw = unknown> {
  readonly source: string;
  readonly rateLimitConfig: RateLimitConfig;
  /** Changes whenever the data behind the source changes; an unchanged fingerprint means nothing to import. */
  fingerprint(): Promise<string>;
  fetchCatalogDelta(since: Date | null, region?: string): AsyncIterable<Raw>;
  normalize(raw: Raw): NormalizeResult;
  /** The source's own web link for one of its platform ids, when it knows one. */
  generateDeepLink(platformId: string, platformTitleId: string): string | null;
}

/** A title after entity resolution, ready to be written: the merge of one or more source records. */
export interface ResolvedTitle extends Omit<NormalizedTitle, 'source' | 'sourceKey' | 'contentRating' | 'offers'> {
  id: string;
  releaseYear: number | null;
  contentRating: { system: RatingSystem; rating: string; rank: number } | null;
  qualityScore: number;
  offers: Array<NormalizedOffer & { id: string }>;
  sourceRecords: Array<{ source: string; sourceKey: string }>;
}

/** Ids the database already assigned, so a re-import lands on the same titles. */
export interface KnownIds {
  bySourceRecord: ReadonlyMap<string, string>; // `${source}:${sourceKey}` → title id
  byExternalId: ReadonlyMap<string, string>; // `${system}:${value}` → title id
}
