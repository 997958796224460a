/** The catalog's document of one title as its `catalog.title.upserted` events carry it (the shared contract). */
export type { CatalogOfferDocument, CatalogTitleDocument } from '@media-gateway/events';
