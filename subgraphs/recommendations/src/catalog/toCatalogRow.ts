import type { CatalogTitleDocument } from '@media-gateway/events';
import { ratingLevel } from './ratingLevel.js';

/** How many billed cast members are kept: the item graph only links titles through the lead cast. */
export const LEAD_CAST = 5;

/** One `catalog_item` row as `writeCatalogItems` inserts it. */
export interface CatalogRow {
  titleId: string;
  name: string;
  contentType: 'MOVIE' | 'SERIES';
  genres: string[];
  directors: string[];
  leadCast: string[];
  releaseYear: number | null;
  runtimeMinutes: number | null;
  popularity: number;
  ratingLevel: number | null;
  /** Where some offer plays the title; empty when it has none (worldwide says whether that list matters). */
  regions: string[];
  /** Some offer names no regions: it plays everywhere (CatalogOfferDocument: null means worldwide). */
  worldwide: boolean;
}

/**
 * The row a catalog document describes. Demo offers count like any other: the product serves them. Only offers open
 * at `now` (the time the event is applied) count towards `regions`, as the catalog's `availability` counts them; the
 * catalog re-publishes a title when its offers change.
 */
export function toCatalogRow(doc: CatalogTitleDocument, now: number = Date.now()): CatalogRow {
  const open = (offer: CatalogTitleDocument['offers'][number]) =>
    !(offer.availableFrom && Date.parse(offer.availableFrom) > now) && !(offer.expiresAt && Date.parse(offer.expiresAt) <= now);
  const offers = (Array.isArray(doc.offers) ? doc.offers : []).filter(open);
  const worldwide = offers.some((offer) => offer.regions == null);
  const regions = worldwide ? [] : [...new Set(offers.flatMap((offer) => offer.regions ?? []).map((r) => r.toUpperCase()))].sort();
  const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
  return {
    titleId: doc.titleId.toLowerCase(),
    name: typeof doc.name === 'string' ? doc.name : '',
    contentType: doc.contentType === 'SERIES' ? 'SERIES' : 'MOVIE',
    genres: strings(doc.genres).map((g) => g.toLowerCase()),
    directors: strings(doc.directors),
    leadCast: strings(doc.cast).slice(0, LEAD_CAST),
    releaseYear: Number.isInteger(doc.releaseYear) ? doc.releaseYear : null,
    runtimeMinutes: Number.isInteger(doc.runtimeMinutes) ? doc.runtimeMinutes : null,
    popularity: Number.isFinite(doc.popularity) ? Math.min(1, Math.max(0, doc.popularity)) : 0,
    ratingLevel: ratingLevel(doc.contentRating?.rating),
    regions,
    worldwide,
  };
}
