// — errors and the seeded random stream every model starts from —
export { RECOMMENDER_ERRORS, RecommenderError, REMOVED_RECOMMENDER_ERRORS } from './errors.js';
export type { RecommenderErrorCode } from './errors.js';
export { mulberry32 } from './lib/mulberry32.js';

// — scoring —
export { buildScoringGraph, SCORING_GRAPH } from './scoring/buildScoringGraph.js';
export { createOnnxScorer } from './scoring/createOnnxScorer.js';
export { createTsScorer } from './scoring/createTsScorer.js';
export type { OnnxScorer, OnnxScorerOptions, ScoredItems, Scorer } from './scoring/Scorer.js';

// — content, graph and hybrid —
export { contentProfile, PROFILE_DECAY_PER_30_DAYS } from './content/contentProfile.js';
export { CONTENT_POPULARITY_EXPONENT, scoreContent } from './content/scoreContent.js';
export { DIRECTOR_BUCKETS, metadataVectors } from './content/metadataVectors.js';
export { buildItemGraph, DEFAULT_GRAPH_WEIGHTS } from './graph/buildItemGraph.js';
export { GRAPH_RELATIONS } from './graph/ItemGraph.js';
export { scoreGraph } from './graph/scoreGraph.js';
export { DEFAULT_CANDIDATE_LIMITS, DEFAULT_HYBRID_WEIGHTS } from './hybrid/HybridWeights.js';
export { mergeCandidates } from './hybrid/mergeCandidates.js';
export { explainRecommendation } from './hybrid/explainRecommendation.js';
export { CONTEXT_PRIORS, daypartOf, LONG_RUNTIME_MINUTES, scoreContext, SHORT_RUNTIME_MINUTES } from './hybrid/scoreContext.js';
export { COLD_START_MAX_WATCHES, coldStartRecommendations, isColdStart } from './hybrid/coldStart.js';
export { MMR_LAMBDA, MMR_POOL, recommendHybrid, toModelRow } from './hybrid/recommendHybrid.js';
export { needsPopularityFallback, POPULARITY_FALLBACK_THRESHOLD, popularityOrder, withPopularityFallback } from './hybrid/popularityFallback.js';
export type { CatalogItem } from './content/CatalogItem.js';
export type { ProfileHistoryEntry } from './content/contentProfile.js';
export type { GraphRelation, ItemGraph } from './graph/ItemGraph.js';
export type { ItemGraphOptions } from './graph/buildItemGraph.js';
export type { GraphCandidate } from './graph/scoreGraph.js';
export type { CandidateSource, HybridWeights } from './hybrid/HybridWeights.js';
export type { CandidateRelation, MergedCandidate, SourceCandidate } from './hybrid/mergeCandidates.js';
export type { Explanation, RecommendationType } from './hybrid/explainRecommendation.js';
export type { Daypart, DeviceType, ViewingContext } from './hybrid/scoreContext.js';
export type { ColdStartPick } from './hybrid/coldStart.js';
export type { FallbackResult, PopularPick } from './hybrid/popularityFallback.js';
export type { HybridModels } from './hybrid/HybridModels.js';
export type { HybridPick, HybridRequest, HybridResult } from './hybrid/recommendHybrid.js';

// — collaborative models —
export { buildFeedbackMatrix } from './collaborative/buildFeedbackMatrix.js';
export { DEFAULT_ALS_OPTIONS } from './collaborative/AlsModel.js';
export { trainImplicitAls } from './collaborative/trainImplicitAls.js';
export { foldInUser } from './collaborative/foldInUser.js';
export { implicitAlsLoss } from './collaborative/implicitAlsLoss.js';
export { buildItemKnn } from './collaborative/buildItemKnn.js';
export { scoreItemKnn } from './collaborative/scoreItemKnn.js';
export { popularityRanking } from './collaborative/popularityRanking.js';
export { MIN_FEEDBACK_FOR_ALS, trainCollaborativeModel } from './collaborative/CollaborativeModel.js';
export type { FeedbackMatrix } from './collaborative/FeedbackMatrix.js';
export type { AlsModel, ImplicitAlsOptions } from './collaborative/AlsModel.js';
export type { ItemKnnModel, ItemKnnOptions } from './collaborative/buildItemKnn.js';
export type { CollaborativeModel } from './collaborative/CollaborativeModel.js';

// — signals, adapter, diversity, experiments —
export { INTERACTION_KINDS } from './signals/Interaction.js';
export { interactionProblems } from './signals/interactionProblems.js';
export { FEEDBACK_WEIGHTS, feedbackWeight } from './signals/feedbackWeight.js';
export { aggregateFeedback, FEEDBACK_RANGE, IMPLICIT_SHARE_WHEN_RATED } from './signals/aggregateFeedback.js';
export { createAdapter } from './adapter/createAdapter.js';
export { adapterDelta } from './adapter/adapterDelta.js';
export { adapterLogLoss } from './adapter/adapterLogLoss.js';
export { adapterByteSize } from './adapter/adapterByteSize.js';
export { trainAdapter } from './adapter/trainAdapter.js';
export { updateAdapterWithRollback } from './adapter/updateAdapterWithRollback.js';
export { ADAPTER_HELD_OUT, ADAPTER_LEARNING_RATE, ADAPTER_RECENT_EVENTS, updateProfileAdapter } from './adapter/updateProfileAdapter.js';
export { mmr } from './diversity/mmr.js';
export { intraListSimilarity } from './diversity/intraListSimilarity.js';
export { EXPERIMENT_STATUSES } from './experiments/Experiment.js';
export { MAX_EXPERIMENT_NAME_LENGTH, validateExperiment } from './experiments/validateExperiment.js';
export { assignVariant } from './experiments/assignVariant.js';
export type { Interaction, InteractionKind } from './signals/Interaction.js';
export type { AdapterExample, LowRankAdapter } from './adapter/LowRankAdapter.js';
export type { CreateAdapterOptions } from './adapter/createAdapter.js';
export type { TrainAdapterOptions } from './adapter/trainAdapter.js';
export type { AdapterRejection, AdapterUpdate, UpdateAdapterOptions } from './adapter/updateAdapterWithRollback.js';
export type { DiversityCandidate } from './diversity/mmr.js';
export type { Experiment, ExperimentStatus } from './experiments/Experiment.js';
