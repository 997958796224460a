import { CATALOG_TITLE_UPSERTED, isCatalogTitleUpserted, type DomainEvent, type ProjectionSpec } from '@media-gateway/events';
import type { Logger } from '@media-gateway/runtime';
import { isUuid } from '../lib/isUuid.js';
import { writeCatalogTitles, type CatalogTitleWrite } from '../store/OfferStore.js';

export const OFFERS_GROUP = 'playback.offers';
export const CATALOG_SOURCE = 'catalog';

/**
 * Playback's copy of where titles play, from `catalog.title.upserted` (each event carries the title's whole offer
 * list): what `initiatePlayback` chooses from. Guarded per title by the event's sequence, so a replay is a no-op.
 */
export function offerProjection(logger: Logger): ProjectionSpec {
  const usable = (event: DomainEvent): CatalogTitleWrite | undefined => {
    if (!isCatalogTitleUpserted(event)) {
      logger.warn({ type: event.type, schemaVersion: event.schemaVersion, id: event.id }, 'playback: skipped a catalog event of an unknown version');
      return undefined;
    }
    const doc = event.payload;
    if (!isUuid(doc?.titleId) || !Array.isArray(doc.offers)) {
      logger.warn({ id: event.id }, 'playback: skipped a catalog document without a title UUID or offers');
      return undefined;
    }
    return { doc: { ...doc, titleId: doc.titleId.toLowerCase() }, sequence: event.sequence };
  };
  const applyBatch: NonNullable<ProjectionSpec['applyBatch']> = async (tx, events) => {
    await writeCatalogTitles(tx, events.flatMap((event) => usable(event) ?? []));
    return [];
  };
  return {
    group: OFFERS_GROUP,
    source: CATALOG_SOURCE,
    types: [CATALOG_TITLE_UPSERTED],
    applyBatch,
    async apply(tx, event) {
      await applyBatch(tx, [event]);
    },
  };
}
