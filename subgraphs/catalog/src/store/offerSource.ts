import type { Prisma } from '@media-gateway/db';
import type { TitleDocumentSource } from '../events/TitleDocumentSource.js';
import type { AvailabilityType } from '../ingestion/types.js';

/** A stored offer row as a document is built from it. */
export function offerSource(row: Prisma.OfferGetPayload<object>): TitleDocumentSource['offers'][number] {
  return {
    platformId: row.platformId,
    platformTitleId: row.platformTitleId,
    webUrl: row.webUrl,
    availabilityType: row.availabilityType as AvailabilityType,
    regions: row.regions ?? [],
    availableFrom: row.availableFrom,
    expiresAt: row.expiresAt,
    source: row.source as TitleDocumentSource['offers'][number]['source'],
  };
}
