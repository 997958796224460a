import type { Payload, VectorFilter } from '@media-gateway/vectors';
import type { SearchFilters } from '../../ranking/SearchFilters.js';
import type { SearchCandidate } from '../../ranking/SearchCandidate.js';
import { normalizeGenre } from '../../vocabulary/genres.js';

/** What each title's point carries, so the index can apply the simple filters itself instead of starving later. */
export function titlePayload(doc: SearchCandidate): Payload {
  const genres = doc.genres.map((g) => normalizeGenre(g)).filter((g) => g !== null);
  return {
    genres,
    contentType: doc.contentType,
    ...(doc.releaseYear === null ? {} : { year: doc.releaseYear }),
  };
}

/**
 * The part of the filters both vector engines can evaluate (genres OR, content types, years). The rest (excluded
 * and blocked genres, ratings, runtime, offers) is applied afterwards with every other retriever's candidates.
 */
export function vectorFilter(filters: SearchFilters): VectorFilter {
  const conditions: Array<VectorFilter[number]> = [];
  if (filters.genres?.length) conditions.push({ field: 'genres', in: [...filters.genres] });
  if (filters.contentTypes?.length) conditions.push({ field: 'contentType', in: [...filters.contentTypes] });
  const years = filters.yearRange;
  if (years && (years.min !== null || years.max !== null)) {
    conditions.push({ field: 'year', range: { ...(years.min !== null ? { gte: years.min } : {}), ...(years.max !== null ? { lte: years.max } : {}) } });
  }
  return conditions;
}
