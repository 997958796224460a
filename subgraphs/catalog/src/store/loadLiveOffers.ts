import type { Prisma } from '@media-gateway/db';
import type { CatalogOfferDocument } from '@media-gateway/events';
import { offerDocuments } from '../events/titleDocument.js';
import { groupByTitle } from './groupByTitle.js';
import { offerSource } from './offerSource.js';

/**
 * The offers of each live title among `ids`, as its document lists them; a title that is absent, soft-deleted or
 * has no offers is missing from the map. Read before an import rewrites the titles, to tell whose availability the
 * import changed.
 */
export async function loadLiveOffers(tx: Prisma.TransactionClient, ids: readonly string[]): Promise<Map<string, CatalogOfferDocument[]>> {
  if (ids.length === 0) return new Map();
  const rows = await tx.offer.findMany({ where: { titleId: { in: [...ids] }, title: { deletedAt: null } } });
  return new Map([...groupByTitle(rows)].map(([titleId, offers]) => [titleId, offerDocuments(offers.map(offerSource))]));
}
