export { catalogTypeDefs, buildCatalogSchema, CATALOG_SUBGRAPH_NAME } from './catalogSubgraph.js';
export { createCatalogService } from './CatalogService.js';
export { readCatalogConfig } from './config.js';
export { runCatalogIngestion } from './ingestion/runCatalogIngestion.js';
export { defaultCatalogSources } from './ingestion/defaultCatalogSources.js';
export { CATALOG_OUTBOX_SCHEMA } from './events/catalogOutbox.js';
export { publishCatalogSnapshot } from './events/publishCatalogSnapshot.js';
export { titleDocument } from './events/titleDocument.js';

export type { CatalogService, CatalogServiceOptions } from './CatalogService.js';
export type { CatalogConfig } from './config.js';
export type { IngestionReport } from './ingestion/runCatalogIngestion.js';
export type { TitleDocumentSource } from './events/TitleDocumentSource.js';
