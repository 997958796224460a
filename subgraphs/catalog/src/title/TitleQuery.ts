import type { Genre } from './genres.js';
import type { Cursor, TitleOrder } from './cursor.js';
import type { AvailabilityType, ContentType } from '../ingestion/types.js';

/** A validated `titles` request, in domain terms. */
export interface TitleQuery {
  genres?: Genre[];
  contentTypes?: ContentType[];
  releaseYear?: { min?: number; max?: number };
  averageRating?: { min?: number; max?: number };
  /** Highest allowed rating rank (G 0 … NC-17 4). */
  maxRatingRank?: number;
  maxRuntimeMinutes?: number;
  /** Set when any offer condition applies: platforms, availability types or region. */
  offer?: OfferCondition;
  order: TitleOrder;
  first: number;
  after: Cursor | null;
}

/** Conditions that must all hold for one offer available now. */
export interface OfferCondition {
  platforms?: string[];
  availabilityTypes?: AvailabilityType[];
  region?: string;
}
