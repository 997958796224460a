import type { CandidateOffer } from '../ranking/SearchCandidate.js';
import type { AvailabilityType, ContentType } from '../vocabulary/catalogTypes.js';
import type { DiscoveryDocument } from './DiscoveryStore.js';

/** A row of `documentsByIdSql`. Types and enums were normalised on the way in (`prepareDocuments`). */
export interface DocumentRow {
  title_id: string;
  content_type: string;
  name: string;
  original_name: string | null;
  localized_names: string[] | null;
  overview: string | null;
  genres: string[] | null;
  directors: string[] | null;
  cast_members: string[] | null;
  release_year: number | null;
  release_date: string | null;
  runtime_minutes: number | null;
  rating_system: string | null;
  rating: string | null;
  popularity: number;
  average_rating: number | null;
  vote_count: number | null;
  quality_score: number | null;
  external_ids: Record<string, string> | null;
  offers: Array<{
    platform: string;
    availabilityType: string;
    regions: string[] | null;
    availableFrom: string | null;
    expiresAt: string | null;
  }>;
}

/** The stored row as ranking and display take it: `SearchCandidate` names, Dates for offer windows. */
export function toDiscoveryDocument(row: DocumentRow): DiscoveryDocument {
  const offers = row.offers.map(
    (o): CandidateOffer => ({
      platform: o.platform,
      regions: o.regions ?? [],
      availabilityType: o.availabilityType as AvailabilityType,
      availableFrom: o.availableFrom === null ? null : new Date(o.availableFrom),
      expiresAt: o.expiresAt === null ? null : new Date(o.expiresAt),
    }),
  );
  return {
    id: row.title_id,
    title: row.name,
    contentType: row.content_type as ContentType,
    releaseYear: row.release_year,
    runtimeMinutes: row.runtime_minutes,
    genres: row.genres ?? [],
    contentRating: row.rating,
    averageRating: row.average_rating === null ? null : Number(row.average_rating),
    popularity: Number(row.popularity),
    ...(row.quality_score === null ? {} : { qualityScore: Number(row.quality_score) }),
    directors: row.directors ?? [],
    cast: row.cast_members ?? [],
    overview: row.overview,
    offers,
    originalName: row.original_name,
    localizedNames: row.localized_names ?? [],
    releaseDate: row.release_date,
    contentRatingSystem: row.rating_system,
    voteCount: row.vote_count,
    externalIds: row.external_ids ?? {},
  };
}
