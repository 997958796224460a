/**
 * The catalog's document of one title as its domain events carry it (payload contract of `@media-gateway/events`).
 * Discovery keeps this local copy until the shared type lands.
 * TODO(integrator:catalogDocumentType) import `CatalogTitleDocument` from `@media-gateway/events` instead.
 */
export interface CatalogTitleDocument {
  titleId: string;
  contentType: 'movie' | 'series' | string;
  name: string;
  originalName: string | null;
  localizedNames: string[];
  overview: string | null;
  /** Canonical lower-case ids, e.g. 'science_fiction'. */
  genres: string[];
  directors: string[];
  cast: string[];
  releaseYear: number | null;
  releaseDate: string | null;
  runtimeMinutes: number | null;
  contentRating: { system: string; rating: string } | null;
  popularity: number;
  averageRating: number | null;
  voteCount: number | null;
  qualityScore: number | null;
  externalIds: Record<string, string>;
  offers: Array<{
    platformId: string;
    availabilityType: string;
    /** Null = worldwide. */
    regions: string[] | null;
    availableFrom: string | null;
    expiresAt: string | null;
    source: string;
  }>;
}
