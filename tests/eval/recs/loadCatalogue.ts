// The real seed catalogue as the catalog publishes it (`CatalogTitleDocument`), built in memory: the catalog's own
// adapters, normalisation, entity resolution and document builder, without a database. That is what an import
// writes and publishes, minus the storage round trip (which only canonicalises external ids; nothing read here).
import type { CatalogTitleDocument } from '@media-gateway/events';
import { defaultCatalogSources, titleDocument } from '@media-gateway/catalog';
import { demoOffersFor } from '../../../subgraphs/catalog/src/ingestion/demoOffers.js';
import { offerIdFor } from '../../../subgraphs/catalog/src/ingestion/catalogIds.js';
import { normalizeSource } from '../../../subgraphs/catalog/src/ingestion/normalizeSource.js';
import { resolveEntities } from '../../../subgraphs/catalog/src/ingestion/resolveEntities.js';

/** Fixed import time: demo offers' windows and quality scores depend on it, and the eval must not drift by the day. */
export const CATALOGUE_IMPORT_TIME = new Date('2026-01-01T00:00:00Z');

export async function loadCatalogue(): Promise<CatalogTitleDocument[]> {
  const records = [];
  for (const adapter of defaultCatalogSources()) records.push(...(await normalizeSource(adapter)).records);
  const { titles } = resolveEntities(records, { bySourceRecord: new Map(), byExternalId: new Map() }, { now: CATALOGUE_IMPORT_TIME });
  // Demo offers as `npm start` has them (the catalog's default), so titles have regions for regional trending.
  return titles.map((title) => {
    if (title.offers.length > 0) return titleDocument(title);
    const offers = demoOffersFor(title.id, title.contentType, title.releaseYear, CATALOGUE_IMPORT_TIME);
    return titleDocument({ ...title, offers: offers.map((offer) => ({ ...offer, id: offerIdFor(title.id, offer) })) });
  });
}
