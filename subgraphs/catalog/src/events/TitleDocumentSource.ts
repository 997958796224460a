import type { AvailabilityType, ContentType, CreditRef, ExternalIdRef, LocalizedNames, NormalizedOffer } from '../ingestion/types.js';

/**
 * What a `CatalogTitleDocument` is built from: the fields of a `ResolvedTitle` it reads, so an import builds it from
 * what it is about to write and the snapshot from what the database holds, and both give the same document.
 */
export interface TitleDocumentSource {
  id: string;
  contentType: ContentType;
  title: string;
  originalTitle: string | null;
  overview: string | null;
  localizedTitles: readonly LocalizedNames[];
  genres: readonly string[];
  credits: ReadonlyArray<Pick<CreditRef, 'personName' | 'role' | 'position'>>;
  releaseYear: number | null;
  releaseDate: Date | null;
  runtimeMinutes: number | null;
  contentRating: { system: string; rating: string } | null;
  popularity: number;
  averageRating: number | null;
  voteCount: number;
  qualityScore: number;
  externalIds: readonly ExternalIdRef[];
  offers: ReadonlyArray<
    Pick<NormalizedOffer, 'platformId' | 'platformTitleId' | 'webUrl' | 'regions' | 'availableFrom' | 'expiresAt' | 'source'> & { availabilityType: AvailabilityType }
  >;
}
