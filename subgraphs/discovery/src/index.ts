// The discovery subgraph (PRODUCT_SPEC §4): the service a router hosts or `main.ts` serves, and its pure core (query
// understanding, spell correction, hybrid ranking and filters), which the schema and resolvers map directly.
export { parseIntent, RULE_PARSER_CONFIDENCE, RULE_PARSER_NAME } from './intent/parseIntent.js';
export { IntentVocabulary } from './intent/IntentVocabulary.js';
export { RuleIntentParser } from './intent/RuleIntentParser.js';
export { createIntentParser, LLM_MIN_CONFIDENCE, LLM_TIMEOUT_MS } from './intent/createIntentParser.js';
export { intentTerms } from './intent/intentTerms.js';
export { MOODS, MOOD_LABELS } from './intent/data/moods.js';
export {
  RECENT_YEARS,
  CLASSIC_AGE_YEARS,
  APPROXIMATE_RUNTIME_MARGIN,
  SHORT_RUNTIME_MAX,
  SHORT_FILM_MAX,
  LONG_RUNTIME_MIN,
  NOT_TOO_LONG_MAX,
} from './intent/data/timeTerms.js';

export { SpellCorrector } from './spelling/SpellCorrector.js';
export { SymSpellIndex } from './spelling/SymSpellIndex.js';
export { buildSpellingTerms, INTENT_TERM_FREQUENCY } from './spelling/buildSpellingTerms.js';
export { maxEditDistance } from './spelling/maxEditDistance.js';

export { reciprocalRankFusion } from './ranking/reciprocalRankFusion.js';
export { rankCandidates, effectiveWeights } from './ranking/rankCandidates.js';
export { DEFAULT_RANKING_CONFIG, RETRIEVERS, resolveRankingConfig } from './ranking/RankingConfig.js';
export { applyFilters, hasOffer, isAvailableAt, offerReaches } from './ranking/applyFilters.js';
export { filtersFromIntent } from './ranking/filtersFromIntent.js';
export { validateSearchFilters, MAX_FILTERS } from './ranking/validateSearchFilters.js';
export { matchReasons, POPULAR_THRESHOLD } from './ranking/matchReasons.js';
export { MATCH_REASON_KINDS } from './ranking/MatchReason.js';

export { GENRES, GENRE_LABELS, isGenre, normalizeGenre } from './vocabulary/genres.js';
export {
  CONTENT_RATING_LEVELS,
  CONTENT_RATING_LABELS,
  parseContentRating,
  ratingRank,
  stricterRating,
} from './vocabulary/contentRating.js';
export { CONTENT_TYPES, AVAILABILITY_TYPES, AVAILABILITY_LABELS } from './vocabulary/catalogTypes.js';
export { PLATFORMS, platformById, platformName } from './vocabulary/platforms.js';
export { REGION_NAMES } from './vocabulary/regions.js';
export { DEFAULT_POPULARITY } from './vocabulary/DiscoveryVocabulary.js';

export type {
  ParsedIntent,
  IntentKind,
  IntentSpan,
  NumberRange,
  PersonMention,
  PersonRole,
  SpanLabel,
} from './intent/ParsedIntent.js';
export type { IntentParser, IntentParseOptions } from './intent/IntentParser.js';
export type { ParseIntentOptions } from './intent/parseIntent.js';
export type { CreateIntentParserOptions } from './intent/createIntentParser.js';
export type { KnownName } from './intent/IntentVocabulary.js';
export type { Mood } from './intent/data/moods.js';
export type { SpellingTerm, SpellingTermKind, SpellCorrection, CorrectionEdit } from './spelling/SpellingTerm.js';
export type { SpellCorrectorStats } from './spelling/SpellCorrector.js';
export type { SymSpellCandidate } from './spelling/SymSpellIndex.js';
export type { RankedList, RankedItem, RankContribution, FusedCandidate, RrfOptions } from './ranking/reciprocalRankFusion.js';
export type {
  RankedResult,
  RetrieverScore,
  ScoreBreakdown,
  RankCandidatesInput,
  RankCandidatesOutput,
} from './ranking/rankCandidates.js';
export type { RankingConfig, RankingConfigInput, RankingWeights, Retriever } from './ranking/RankingConfig.js';
export type { SearchCandidate, CandidateOffer } from './ranking/SearchCandidate.js';
export type { SearchFilters, ContentRestrictions } from './ranking/SearchFilters.js';
export type { FilterReason, FilterResult, ApplyFiltersOptions } from './ranking/applyFilters.js';
export type { MatchReason, MatchReasonKind } from './ranking/MatchReason.js';
export type { MatchReasonOptions } from './ranking/matchReasons.js';
export type { Genre } from './vocabulary/genres.js';
export type { ContentRatingLevel } from './vocabulary/contentRating.js';
export type { ContentType, AvailabilityType } from './vocabulary/catalogTypes.js';
export type { DiscoveryPlatform } from './vocabulary/platforms.js';
export type { RegionName } from './vocabulary/regions.js';
export type { DiscoveryVocabulary, VocabularyTitle, VocabularyPerson } from './vocabulary/DiscoveryVocabulary.js';

export { createDiscoveryService, DEFAULT_SEARCH_CACHE_TTL_SECONDS } from './DiscoveryService.js';
export { discoveryTypeDefs, buildDiscoverySchema, DISCOVERY_SUBGRAPH_NAME } from './discoverySubgraph.js';
export { openVectorSearch } from './indexing/openVectorSearch.js';
export type { DiscoveryService, DiscoveryServiceOptions } from './DiscoveryService.js';
export type { VectorSearch, VectorSearchOptions } from './indexing/openVectorSearch.js';
export type { SearchWarning } from './search/SearchRequest.js';
