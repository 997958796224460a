// The recommendations subgraph (PRODUCT_SPEC §5, issue 7): the consented interaction log, models rebuilt in the
// background (ALS, item-kNN, item graph, metadata content vectors, ONNX scoring), per-profile adapters, serving with
// filters, diversity and explanations, and A/B experiments — the service a router hosts or `main.ts` serves.
export { createRecommendationsService, DEFAULT_TRAIN_INTERVAL_SECONDS } from './RecommendationsService.js';
export { recommendationsTypeDefs, buildRecommendationsSchema, RECOMMENDATIONS_SUBGRAPH_NAME } from './recommendationsSubgraph.js';
export { RECOMMENDATIONS_SCHEMA } from './store/recommendationsSchema.js';
export { RECOMMENDATIONS_ERRORS } from './errors.js';
export { readRecommendationsConfig } from './config.js';
export { CATALOG_GROUP, CATALOG_SOURCE } from './projection/catalogProjection.js';
export { VIEWER_GROUP, IDENTITY_SOURCE, PERSONALIZATION } from './projection/viewerProjection.js';
export { INTERACTIONS_GROUP, SYNC_SOURCE, toInteractionRecord } from './projection/interactionProjection.js';
export { toCatalogRow, LEAD_CAST } from './catalog/toCatalogRow.js';
export { ratingLevel, CONTENT_RATING_LEVELS } from './catalog/ratingLevel.js';
export { filterReason, excludedIndices } from './serving/ServingFilters.js';
export { watchedTitles, WATCHED_SHARE } from './serving/watchedTitles.js';
export { recommend, profileFeedback } from './serving/recommend.js';
export { becauseYouWatched, RELATED_WEIGHTS } from './serving/becauseYouWatched.js';
export { RECOMMENDATIONS_TTL_SECONDS } from './serving/RecommendationList.js';
export { conversionMetric, matchConversions, CONVERSION_METRICS, COMPLETION_CONVERSION_SHARE } from './experiments/conversionMetric.js';
export { canMoveExperiment, EXPERIMENT_TRANSITIONS } from './experiments/ExperimentDefinition.js';
export { experimentProblems } from './experiments/experimentProblems.js';
export { ADAPTER_MIN_NEW_EVENTS } from './model/AdapterUpdater.js';
export { withViewingFlags, BINGE_MIN_PREVIOUS, BINGE_WINDOW_MS } from './signals/viewingFlags.js';

export type { RecommendationsService, RecommendationsServiceOptions } from './RecommendationsService.js';
export type { RecommendationsContext } from './RecommendationsContext.js';
export type { RecommendationsErrorCode } from './errors.js';
export type { RecommendationsConfig } from './config.js';
export type { CatalogEntry } from './catalog/CatalogEntry.js';
export type { CatalogRow } from './catalog/toCatalogRow.js';
export type { ServingFilters } from './serving/ServingFilters.js';
export type { RecommendInput, RecommendOutput } from './serving/recommend.js';
export type { RecommendationItem, RecommendationKind, RecommendationList } from './serving/RecommendationList.js';
export type { ConversionMetric, ExposureForMatching } from './experiments/conversionMetric.js';
export type { ExperimentDefinition, ExperimentVariantDefinition, ExperimentResultsRecord } from './experiments/ExperimentDefinition.js';
export type { InteractionRecord } from './store/InteractionStore.js';
export type { Models } from './model/ModelStore.js';
