export { catalogTypeDefs, buildCatalogSchema, CATALOG_SUBGRAPH_NAME } from './catalogSubgraph.js';
export { createCatalogService } from './CatalogService.js';
export { readCatalogConfig } from './config.js';
export { runCatalogIngestion } from './ingestion/runCatalogIngestion.js';
export { defaultCatalogSources } from './ingestion/defaultCatalogSources.js';

export type { CatalogService, CatalogServiceOptions } from './CatalogService.js';
export type { CatalogConfig } from './config.js';
export type { IngestionReport } from './ingestion/runCatalogIngestion.js';
