/**
 * What the recommender needs to know about one catalogue title: the metadata the graph and context sources read and
 * the content embedding. A subset of `CatalogTitleDocument` (`@media-gateway/events`) so a service maps a document
 * field for field; items are addressed by their index in the array the caller passes around.
 */
export interface CatalogItem {
  id: string;
  /** Canonical lower-case genre ids in the catalog's order; the first is the "primary" genre the graph uses. */
  genres: string[];
  /** In credit order. */
  directors: string[];
  /** In billing order; the graph only reads the first few names (lead cast). */
  cast: string[];
  releaseYear: number | null;
  contentType: 'MOVIE' | 'SERIES';
  /** [0, 1] */
  popularity: number;
  /** Content embedding, L2-normalised (cosine is a dot product). Items without one are skipped by the content source. */
  vector?: Float32Array;
  /** Null for series and where unknown; the context source's runtime priors read it. */
  runtimeMinutes?: number | null;
  /** ISO 3166-1 alpha-2 codes where the title can be watched; null or absent means anywhere. Read by regional trending. */
  regions?: readonly string[] | null;
}
