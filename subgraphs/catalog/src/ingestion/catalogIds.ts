import { v5 as uuidv5 } from 'uuid';
import type { NormalizedOffer } from './types.js';

/**
 * The namespace of every id ingestion derives (uuid v5 of `https://media-gateway.invalid/catalog/titles` in the URL
 * namespace). Never change it: every title and offer id in every database depends on it.
 */
export const CATALOG_ID_NAMESPACE = 'fae8e835-78f4-5890-9fe6-8b9aed44c00e';

/** §2: a new title's id is uuid v5 of the source record that first introduced it, so re-imports agree. */
export function titleIdFor(source: string, sourceKey: string): string {
  return uuidv5(`${source}:${sourceKey}`, CATALOG_ID_NAMESPACE);
}

/** An offer's id: the same title, offer source, platform, platform id and terms always give the same id. */
export function offerIdFor(
  titleId: string,
  offer: Pick<NormalizedOffer, 'source' | 'platformId' | 'platformTitleId' | 'availabilityType'>,
): string {
  const { source, platformId, platformTitleId, availabilityType } = offer;
  return uuidv5(`${titleId}:${source}:${platformId}:${platformTitleId}:${availabilityType}`, CATALOG_ID_NAMESPACE);
}
