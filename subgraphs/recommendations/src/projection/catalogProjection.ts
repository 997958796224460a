import { CATALOG_TITLE_UPSERTED, isCatalogTitleUpserted, type DomainEvent, type ProjectionSpec } from '@media-gateway/events';
import type { Logger } from '@media-gateway/runtime';
import { toCatalogRow } from '../catalog/toCatalogRow.js';
import { isUuid } from '../lib/isUuid.js';
import { writeCatalogItems, type CatalogWrite } from '../store/CatalogStore.js';

export const CATALOG_GROUP = 'recommendations.catalog';
export const CATALOG_SOURCE = 'catalog';

/**
 * Recommending's copy of the catalogue, from `catalog.title.upserted` (each event carries the whole document),
 * written set-based per batch and guarded per title by the event's sequence, so a replay is a no-op. `changed` runs
 * after a batch that wrote titles committed: the models rebuild their catalogue from it.
 */
export function catalogProjection(logger: Logger, changed: () => void): ProjectionSpec {
  const usable = (event: DomainEvent): CatalogWrite | undefined => {
    if (!isCatalogTitleUpserted(event)) {
      logger.warn({ type: event.type, schemaVersion: event.schemaVersion, id: event.id }, 'recommendations: skipped a catalog event of an unknown version');
      return undefined;
    }
    if (!isUuid(event.payload?.titleId)) {
      logger.warn({ id: event.id }, 'recommendations: skipped a catalog document without a title UUID');
      return undefined;
    }
    return { row: toCatalogRow(event.payload), sequence: event.sequence };
  };
  const applyBatch: NonNullable<ProjectionSpec['applyBatch']> = async (tx, events) => {
    const written = await writeCatalogItems(tx, events.flatMap((event) => usable(event) ?? []));
    return written > 0 ? [async () => changed()] : [];
  };
  return {
    group: CATALOG_GROUP,
    source: CATALOG_SOURCE,
    types: [CATALOG_TITLE_UPSERTED],
    applyBatch,
    async apply(tx, event) {
      const [after] = await applyBatch(tx, [event]);
      return after;
    },
  };
}
