import type { CatalogItem } from '@media-gateway/recommender';

/**
 * A catalogue title as recommending keeps it: the recommender's `CatalogItem` (whose `regions` is null when some offer
 * plays it worldwide) plus what serving alone needs — the display name for explanations and the rating rank parental
 * controls compare (null: unrated).
 */
export interface CatalogEntry extends CatalogItem {
  name: string;
  ratingLevel: number | null;
}
