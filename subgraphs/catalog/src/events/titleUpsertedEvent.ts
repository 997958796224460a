import { CATALOG_TITLE_DOCUMENT_VERSION, CATALOG_TITLE_UPSERTED, type CatalogTitleDocument, type OutboxEventInput } from '@media-gateway/events';

/** The outbox entry announcing a title's current document. */
export function titleUpsertedEvent(document: CatalogTitleDocument, occurredAt: Date): OutboxEventInput<CatalogTitleDocument> {
  return {
    type: CATALOG_TITLE_UPSERTED,
    aggregateId: document.titleId,
    payload: document,
    schemaVersion: CATALOG_TITLE_DOCUMENT_VERSION,
    occurredAt,
  };
}
