import type { DomainEvent } from '../DomainEvent.js';

/** Type of the event the catalog appends whenever a title's document changes (and once per title in a snapshot). */
export const CATALOG_TITLE_UPSERTED = 'catalog.title.upserted';

/**
 * Version of `CatalogTitleDocument`. Bump it on any change a consumer could misread (a field renamed, removed or
 * re-meant); adding an optional field is not such a change. The catalog re-publishes every title when it changes.
 */
export const CATALOG_TITLE_DOCUMENT_VERSION = 1;

/**
 * Everything other subgraphs may know about a catalog title, as the catalog publishes it: the shared contract
 * between the catalog (producer) and read models such as discovery's search index. Self-contained on purpose:
 * offers carry their effective regions (the platform's when the offer names none), so a consumer never needs the
 * catalog's platform table. Dates are ISO-8601 strings.
 */
export interface CatalogTitleDocument {
  titleId: string;
  contentType: 'MOVIE' | 'SERIES';
  /** Display name (English where a source has one). */
  name: string;
  originalName: string | null;
  /** Every known name across locales (original-language, translations, aliases), without duplicates. */
  localizedNames: string[];
  overview: string | null;
  /** Canonical lower-case genre ids (`science_fiction`), in the catalog's canonical order. */
  genres: string[];
  /** In credit order. */
  directors: string[];
  /** In billing order. */
  cast: string[];
  releaseYear: number | null;
  /** `YYYY-MM-DD` */
  releaseDate: string | null;
  /** Null for series and where unknown. */
  runtimeMinutes: number | null;
  contentRating: { system: string; rating: string } | null;
  /** [0, 1] */
  popularity: number;
  /** [0, 10] */
  averageRating: number | null;
  voteCount: number;
  /** [0, 1] (PRODUCT_SPEC §3 quality score) */
  qualityScore: number;
  /** e.g. `{ system: 'imdb', value: 'tt0113277' }`, sorted by system then value. */
  externalIds: Array<{ system: string; value: string }>;
  offers: CatalogOfferDocument[];
}

export interface CatalogOfferDocument {
  platformId: string;
  availabilityType: 'SUBSCRIPTION' | 'RENTAL' | 'PURCHASE' | 'FREE';
  /** ISO 3166-1 alpha-2 codes where the offer is valid; null means worldwide. */
  regions: string[] | null;
  /** ISO-8601; null when open-ended. */
  availableFrom: string | null;
  expiresAt: string | null;
  /** `DEMO` offers are generated for trying the product; a consumer can leave them out as the catalog does. */
  source: 'BANGUMI_DATA' | 'DEMO' | (string & {});
  /**
   * How to launch the offer: the same links the catalog's `Offer.deepLink` serves (PRODUCT_SPEC §10), without a
   * start time; add one with `withStartTime(url, seconds)`. Optional, so adding it needed no version bump: events
   * written before it existed have no `deepLink`, and a consumer treats absent like null (no launch link known).
   */
  deepLink?: CatalogOfferDeepLink | null;
}

export interface CatalogOfferDeepLink {
  /** Opens the platform's app; null when the platform has no documented app link. */
  appUrl: string | null;
  /** The web page to fall back to (the title's page, else the platform's search page). Always set. */
  webUrl: string;
}

export type CatalogTitleUpserted = DomainEvent<CatalogTitleDocument>;

/** True for a `catalog.title.upserted` event of the document version this code understands. */
export function isCatalogTitleUpserted(event: DomainEvent): event is CatalogTitleUpserted {
  return event.type === CATALOG_TITLE_UPSERTED && event.schemaVersion === CATALOG_TITLE_DOCUMENT_VERSION;
}
