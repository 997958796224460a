/* eslint-disable */
import type { GenreEnum as Genre } from '../graphql/enumValues.js';
import type { MatchReasonKindEnum as MatchReasonKind } from '../graphql/enumValues.js';
import type { QueryKindEnum as QueryKind } from '../graphql/enumValues.js';
import type { PersonRoleEnum as PersonRole } from '../graphql/enumValues.js';
import type { SuggestionKindEnum as SuggestionKind } from '../graphql/enumValues.js';
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { TitleRef as TitleRefModel, ProfileRef as ProfileRefModel } from '../graphql/entityRefs.js';
import type { SearchPage as SearchPageModel, SearchHit as SearchHitModel, SearchWarning as SearchWarningModel, RetrieverTiming as RetrieverTimingModel } from '../search/SearchRequest.js';
import type { ParsedIntent as ParsedIntentModel, PersonMention as PersonMentionModel } from '../intent/ParsedIntent.js';
import type { SpellCorrection as SpellCorrectionModel, CorrectionEdit as CorrectionEditModel } from '../spelling/SpellingTerm.js';
import type { ScoreBreakdown as ScoreBreakdownModel, RetrieverScore as RetrieverScoreModel } from '../ranking/rankCandidates.js';
import type { MatchReason as MatchReasonModel } from '../ranking/MatchReason.js';
import type { AutocompleteSuggestion as AutocompleteSuggestionModel } from '../store/DiscoveryStore.js';
import type { SearchAnalyticsSummary as SearchAnalyticsSummaryModel } from '../analytics/SearchAnalyticsStore.js';
import type { DiscoveryContext } from '../DiscoveryContext.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type EnumResolverSignature<T, AllowedValues = any> = { [key in keyof T]?: AllowedValues };
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An instant in time, ISO 8601 with time zone (`2026-11-23T10:00:00.000Z`). */
  DateTime: { input: Date; output: Date; }
  _FieldSet: { input: any; output: any; }
};

export type AutocompleteSuggestion = {
  __typename?: 'AutocompleteSuggestion';
  genre?: Maybe<Genre>;
  kind: SuggestionKind;
  text: Scalars['String']['output'];
  /** The title, for a title suggestion. */
  title?: Maybe<Title>;
  /** 0–1: popularity of the title (or of a person's best-known title), a genre's share of titles. */
  weight: Scalars['Float']['output'];
};

export type AvailabilityType =
  | 'FREE'
  | 'PURCHASE'
  | 'RENTAL'
  | 'SUBSCRIPTION';

/** MPAA scale, lowest to highest. Unrated titles are excluded when a maximum is set. */
export type ContentRatingLevel =
  | 'G'
  | 'NC_17'
  | 'PG'
  | 'PG_13'
  | 'R';

export type ContentRestrictions = {
  __typename?: 'ContentRestrictions';
  blockedGenres: Array<Scalars['String']['output']>;
  maxContentRating?: Maybe<ContentRatingLevel>;
  viewingAllowedNow: Scalars['Boolean']['output'];
};

export type ContentType =
  | 'MOVIE'
  | 'SERIES';

export type FacetCount = {
  __typename?: 'FacetCount';
  count: Scalars['Int']['output'];
  label: Scalars['String']['output'];
  value: Scalars['String']['output'];
};

export type FloatRange = {
  max?: InputMaybe<Scalars['Float']['input']>;
  min?: InputMaybe<Scalars['Float']['input']>;
};

export type { Genre };

export type IntBounds = {
  __typename?: 'IntBounds';
  max?: Maybe<Scalars['Int']['output']>;
  min?: Maybe<Scalars['Int']['output']>;
};

/** Inclusive bounds; either may be omitted. */
export type IntRange = {
  max?: InputMaybe<Scalars['Int']['input']>;
  min?: InputMaybe<Scalars['Int']['input']>;
};

export type LatencyPercentiles = {
  __typename?: 'LatencyPercentiles';
  p50: Scalars['Float']['output'];
  p95: Scalars['Float']['output'];
  p99: Scalars['Float']['output'];
};

export type MatchReason = {
  __typename?: 'MatchReason';
  kind: MatchReasonKind;
  text: Scalars['String']['output'];
};

export type { MatchReasonKind };

export type ParsedQuery = {
  __typename?: 'ParsedQuery';
  availabilityTypes: Array<AvailabilityType>;
  confidence: Scalars['Float']['output'];
  contentTypes: Array<ContentType>;
  excludedGenres: Array<Genre>;
  genres: Array<Genre>;
  kind: QueryKind;
  maxContentRating?: Maybe<ContentRatingLevel>;
  moods: Array<Scalars['String']['output']>;
  parser: Scalars['String']['output'];
  people: Array<PersonMention>;
  platforms: Array<Scalars['ID']['output']>;
  references: Array<Scalars['String']['output']>;
  region?: Maybe<Scalars['String']['output']>;
  runtimeMinutes?: Maybe<IntBounds>;
  /** What was left for keyword and vector search once the structure was taken out. */
  text: Scalars['String']['output'];
  yearRange?: Maybe<IntBounds>;
};

export type PersonMention = {
  __typename?: 'PersonMention';
  name: Scalars['String']['output'];
  role: PersonRole;
};

export type { PersonRole };

export type Profile = {
  __typename?: 'Profile';
  contentRestrictions: ContentRestrictions;
  id: Scalars['ID']['output'];
  /**
   * `Query.search` as this profile: its parental controls (rating limit, blocked genres) always apply on top of the
   * filters, and outside its viewing hours the answer is empty.
   */
  search: SearchResults;
};


export type ProfileSearchArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filters?: InputMaybe<SearchFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  query?: Scalars['String']['input'];
  region?: InputMaybe<Scalars['String']['input']>;
  strategy?: InputMaybe<SearchStrategy>;
};

export type Query = {
  __typename?: 'Query';
  /**
   * Titles, people and genres for what the user has typed so far, best first. Prefixes under 2 characters return
   * nothing; `first` is 1–20.
   */
  autocomplete: Array<AutocompleteSuggestion>;
  /**
   * Natural-language search over the catalogue (PRODUCT_SPEC §4). The query is understood first ("dark sci-fi thrillers
   * from the 90s under two hours on Netflix" → genres, mood, years, runtime, platform), spelling is corrected against
   * the catalogue, then vector, keyword and graph retrieval are fused. An empty query returns trending titles.
   * `query` is at most 500 characters, `first` 1–100, `region` an ISO 3166-1 alpha-2 code the catalogue knows, and at
   * most 5 filters may be set. No parental controls apply here: search through `Profile.search` for a profile's.
   */
  search: SearchResults;
  /**
   * Admin: anonymised search analytics since `since` (default: the last 24 hours). Queries are stored without any
   * user, profile, device or address.
   */
  searchAnalytics: SearchAnalytics;
};


export type QueryAutocompleteArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  prefix: Scalars['String']['input'];
};


export type QuerySearchArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filters?: InputMaybe<SearchFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  query?: Scalars['String']['input'];
  region?: InputMaybe<Scalars['String']['input']>;
  strategy?: InputMaybe<SearchStrategy>;
};


export type QuerySearchAnalyticsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  since?: InputMaybe<Scalars['DateTime']['input']>;
};

export type QueryCount = {
  __typename?: 'QueryCount';
  count: Scalars['Int']['output'];
  query: Scalars['String']['output'];
};

export type { QueryKind };

export type RetrieverScore = {
  __typename?: 'RetrieverScore';
  contribution: Scalars['Float']['output'];
  /** 0-based rank in that retriever's list; null when it ran and missed this title. */
  rank?: Maybe<Scalars['Int']['output']>;
  retriever: SearchStrategy;
  weight: Scalars['Float']['output'];
};

export type RetrieverTiming = {
  __typename?: 'RetrieverTiming';
  hits: Scalars['Int']['output'];
  ms: Scalars['Float']['output'];
  retriever: SearchStrategy;
};

/** How a score came about: (Σ retriever contributions + popularity contribution) × affinity × quality. */
export type ScoreBreakdown = {
  __typename?: 'ScoreBreakdown';
  configVersion: Scalars['String']['output'];
  final: Scalars['Float']['output'];
  popularity: WeightedSignal;
  retrieval: Scalars['Float']['output'];
  retrievers: Array<RetrieverScore>;
  variant: Scalars['String']['output'];
};

export type SearchAnalytics = {
  __typename?: 'SearchAnalytics';
  /** Latency percentiles in milliseconds over the searches since `since`. */
  latency: LatencyPercentiles;
  popularQueries: Array<QueryCount>;
  searches: Scalars['Int']['output'];
  since: Scalars['DateTime']['output'];
  zeroResultQueries: Array<QueryCount>;
  zeroResultRate: Scalars['Float']['output'];
  zeroResultSearches: Scalars['Int']['output'];
};

export type SearchFacets = {
  __typename?: 'SearchFacets';
  /** Release decades, e.g. value "1990" labelled "1990s". */
  decades: Array<FacetCount>;
  genres: Array<FacetCount>;
  platforms: Array<FacetCount>;
  /** Average rating buckets: "8-10", "6-8", "4-6", "0-4", "unrated". */
  ratings: Array<FacetCount>;
};

/** Every given field must match; lists match any of their values (genres are OR). At most 5 fields may be set. */
export type SearchFilter = {
  availabilityTypes?: InputMaybe<Array<AvailabilityType>>;
  averageRating?: InputMaybe<FloatRange>;
  blockedGenres?: InputMaybe<Array<Genre>>;
  contentTypes?: InputMaybe<Array<ContentType>>;
  excludedGenres?: InputMaybe<Array<Genre>>;
  genres?: InputMaybe<Array<Genre>>;
  maxContentRating?: InputMaybe<ContentRatingLevel>;
  maxRuntimeMinutes?: InputMaybe<Scalars['Int']['input']>;
  /** Platform ids (see `platforms`). With `availabilityTypes`, both must hold for the same offer in the search's region. */
  platforms?: InputMaybe<Array<Scalars['ID']['input']>>;
  releaseYear?: InputMaybe<IntRange>;
};

export type SearchHit = {
  __typename?: 'SearchHit';
  breakdown: ScoreBreakdown;
  primaryReason?: Maybe<MatchReason>;
  /** Every reason, primary first. */
  reasons: Array<MatchReason>;
  /** The final score the list is sorted by. */
  score: Scalars['Float']['output'];
  title: Title;
};

export type SearchPageInfo = {
  __typename?: 'SearchPageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type SearchResults = {
  __typename?: 'SearchResults';
  /** The spelling correction applied before searching, or null when the query was searched as typed. */
  correction?: Maybe<SpellingCorrection>;
  /** Counts over every result, not just this page. */
  facets: SearchFacets;
  hits: Array<SearchHit>;
  pageInfo: SearchPageInfo;
  /** What the query was understood to ask for. */
  parsed: ParsedQuery;
  strategy: SearchStrategy;
  timing: SearchTiming;
  /** Results across every page (after filters), up to the 1000 candidates retrieval considers. */
  totalCount: Scalars['Int']['output'];
  /** True when the query was empty and these are trending titles. */
  trending: Scalars['Boolean']['output'];
  /**
   * What went wrong without failing the search (e.g. the vector index was unavailable and keyword results are shown).
   * The same warnings are in the response's `extensions.warnings`.
   */
  warnings: Array<SearchWarning>;
};

export type SearchStrategy =
  | 'GRAPH'
  /** Vector, keyword and graph retrieval fused with reciprocal rank fusion (the default). */
  | 'HYBRID'
  | 'KEYWORD'
  | 'VECTOR';

export type SearchTiming = {
  __typename?: 'SearchTiming';
  /** True when the whole answer came from the result cache. */
  cached: Scalars['Boolean']['output'];
  retrievers: Array<RetrieverTiming>;
  totalMs: Scalars['Float']['output'];
};

export type SearchWarning = {
  __typename?: 'SearchWarning';
  code: SearchWarningCode;
  message: Scalars['String']['output'];
};

export type SearchWarningCode =
  /**
   * Nothing matched the conditions the query itself named (a genre, years, a platform), so they were dropped; the
   * request's explicit filters and parental controls still apply.
   */
  | 'FILTERS_RELAXED'
  /** The search index is still being built from the catalogue; results may be incomplete. */
  | 'INDEX_CATCHING_UP'
  /** No embedding model is loaded, so a VECTOR search answered from keyword retrieval. */
  | 'NO_EMBEDDING_MODEL'
  /** Vector retrieval took longer than its budget; results come from the other retrievers. */
  | 'VECTOR_TIMEOUT'
  /** Vector retrieval failed; results come from the other retrievers. */
  | 'VECTOR_UNAVAILABLE';

export type SpellingCorrection = {
  __typename?: 'SpellingCorrection';
  corrected: Scalars['String']['output'];
  edits: Array<SpellingEdit>;
  original: Scalars['String']['output'];
};

export type SpellingEdit = {
  __typename?: 'SpellingEdit';
  distance: Scalars['Int']['output'];
  from: Scalars['String']['output'];
  to: Scalars['String']['output'];
};

export type { SuggestionKind };

export type Title = {
  __typename?: 'Title';
  id: Scalars['ID']['output'];
  /**
   * Titles like this one: close in meaning (embeddings), by the same director, with shared cast, or of the same genres
   * and era. `first` is 1–50.
   */
  similar: Array<SearchHit>;
};


export type TitleSimilarArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  region?: InputMaybe<Scalars['String']['input']>;
};

export type WeightedSignal = {
  __typename?: 'WeightedSignal';
  contribution: Scalars['Float']['output'];
  value: Scalars['Float']['output'];
  weight: Scalars['Float']['output'];
};



export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = {}, TContext = {}, TArgs = {}> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = {}, TContext = {}, TArgs = {}> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = {}, TContext = {}> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = {}, TContext = {}> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = {}, TParent = {}, TContext = {}, TArgs = {}> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AutocompleteSuggestion: ResolverTypeWrapper<AutocompleteSuggestionModel>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  AvailabilityType: AvailabilityType;
  ContentRatingLevel: ContentRatingLevel;
  ContentRestrictions: ResolverTypeWrapper<ContentRestrictions>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ContentType: ContentType;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  FacetCount: ResolverTypeWrapper<FacetCount>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  FloatRange: FloatRange;
  Genre: Genre;
  IntBounds: ResolverTypeWrapper<IntBounds>;
  IntRange: IntRange;
  LatencyPercentiles: ResolverTypeWrapper<LatencyPercentiles>;
  MatchReason: ResolverTypeWrapper<MatchReasonModel>;
  MatchReasonKind: MatchReasonKind;
  ParsedQuery: ResolverTypeWrapper<ParsedIntentModel>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  PersonMention: ResolverTypeWrapper<PersonMentionModel>;
  PersonRole: PersonRole;
  Profile: ResolverTypeWrapper<ProfileRefModel>;
  Query: ResolverTypeWrapper<{}>;
  QueryCount: ResolverTypeWrapper<QueryCount>;
  QueryKind: QueryKind;
  RetrieverScore: ResolverTypeWrapper<RetrieverScoreModel>;
  RetrieverTiming: ResolverTypeWrapper<RetrieverTimingModel>;
  ScoreBreakdown: ResolverTypeWrapper<ScoreBreakdownModel>;
  SearchAnalytics: ResolverTypeWrapper<SearchAnalyticsSummaryModel>;
  SearchFacets: ResolverTypeWrapper<SearchFacets>;
  SearchFilter: SearchFilter;
  SearchHit: ResolverTypeWrapper<SearchHitModel>;
  SearchPageInfo: ResolverTypeWrapper<SearchPageInfo>;
  SearchResults: ResolverTypeWrapper<SearchPageModel>;
  SearchStrategy: SearchStrategy;
  SearchTiming: ResolverTypeWrapper<Omit<SearchTiming, 'retrievers'> & { retrievers: Array<ResolversTypes['RetrieverTiming']> }>;
  SearchWarning: ResolverTypeWrapper<SearchWarningModel>;
  SearchWarningCode: SearchWarningCode;
  SpellingCorrection: ResolverTypeWrapper<SpellCorrectionModel>;
  SpellingEdit: ResolverTypeWrapper<CorrectionEditModel>;
  SuggestionKind: SuggestionKind;
  Title: ResolverTypeWrapper<TitleRefModel>;
  WeightedSignal: ResolverTypeWrapper<WeightedSignal>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AutocompleteSuggestion: AutocompleteSuggestionModel;
  String: Scalars['String']['output'];
  Float: Scalars['Float']['output'];
  ContentRestrictions: ContentRestrictions;
  Boolean: Scalars['Boolean']['output'];
  DateTime: Scalars['DateTime']['output'];
  FacetCount: FacetCount;
  Int: Scalars['Int']['output'];
  FloatRange: FloatRange;
  IntBounds: IntBounds;
  IntRange: IntRange;
  LatencyPercentiles: LatencyPercentiles;
  MatchReason: MatchReasonModel;
  ParsedQuery: ParsedIntentModel;
  ID: Scalars['ID']['output'];
  PersonMention: PersonMentionModel;
  Profile: ProfileRefModel;
  Query: {};
  QueryCount: QueryCount;
  RetrieverScore: RetrieverScoreModel;
  RetrieverTiming: RetrieverTimingModel;
  ScoreBreakdown: ScoreBreakdownModel;
  SearchAnalytics: SearchAnalyticsSummaryModel;
  SearchFacets: SearchFacets;
  SearchFilter: SearchFilter;
  SearchHit: SearchHitModel;
  SearchPageInfo: SearchPageInfo;
  SearchResults: SearchPageModel;
  SearchTiming: Omit<SearchTiming, 'retrievers'> & { retrievers: Array<ResolversParentTypes['RetrieverTiming']> };
  SearchWarning: SearchWarningModel;
  SpellingCorrection: SpellCorrectionModel;
  SpellingEdit: CorrectionEditModel;
  Title: TitleRefModel;
  WeightedSignal: WeightedSignal;
};

export type AutocompleteSuggestionResolvers<ContextType = DiscoveryContext, ParentType extends ResolversParentTypes['AutocompleteSuggestion'] = ResolversParentTypes['AutocompleteSuggestion']> = {
  genre?: Resolver<Maybe<ResolversTypes['Genre']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SuggestionKind'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['Title']>, ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ContentRestrictionsResolvers<ContextType = DiscoveryContext, ParentType extends ResolversParentTypes['ContentRestrictions'] = ResolversParentTypes['ContentRestrictions']> = {
  blockedGenres?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  maxContentRating?: Resolver<Maybe<ResolversTypes['ContentRatingLevel']>, ParentType, ContextType>;
  viewingAllowedNow?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type FacetCountResolvers<ContextType = DiscoveryContext, ParentType extends ResolversParentTypes['FacetCount'] = ResolversParentTypes['FacetCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type GenreResolvers = EnumResolverSignature<{ ACTION?: any, ADVENTURE?: any, ANIMATION?: any, COMEDY?: any, CRIME?: any, DOCUMENTARY?: any, DRAMA?: any, FAMILY?: any, FANTASY?: any, HISTORY?: any, HORROR?: any, MUSIC?: any, MYSTERY?: any, ROMANCE?: any, SCIENCE_FICTION?: any, THRILLER?: any, WAR?: any, WESTERN?: any }, ResolversTypes['Genre']>;

export type IntBoundsResolvers<ContextType = DiscoveryContext, ParentType extends ResolversParentTypes['IntBounds'] = ResolversParentTypes['IntBounds']> = {
  max?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  min?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type LatencyPercentilesResolvers<ContextType = DiscoveryContext, ParentType extends ResolversParentTypes['LatencyPercentiles'] = ResolversParentTypes['LatencyPercentiles']> = {
  p50?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  p95?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  p99?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MatchReasonResolvers<ContextType = DiscoveryContext, ParentType extends ResolversParentTypes['MatchReason'] = ResolversParentTypes['MatchReason']> = {
  kind?: Resolver<ResolversTypes['MatchReasonKind'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MatchReasonKindResolvers = EnumResolverSignature<{ ERA?: any, GENRE?: any, GRAPH?: any, KEYWORD?: any, MOOD?: any, PERSON?: any, PLATFORM?: any, POPULAR?: any, REFERENCE?: any, RUNTIME?: any, SEMANTIC?: any }, ResolversTypes['MatchReasonKind']>;

export type ParsedQueryResolvers<ContextType = DiscoveryContext, ParentType extends ResolversParentTypes['ParsedQuery'] = ResolversParentTypes['ParsedQuery']> = {
  availabilityTypes?: Resolver<Array<ResolversTypes['AvailabilityType']>, ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  contentTypes?: Resolver<Array<ResolversTypes['ContentType']>, ParentType, ContextType>;
  excludedGenres?: Resolver<Array<ResolversTypes['Genre']>, ParentType, ContextType>;
  genres?: Resolver<Array<ResolversTypes['Genre']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['QueryKind'], ParentType, ContextType>;
  maxContentRating?: Resolver<Maybe<ResolversTypes['ContentRatingLevel']>, ParentType, ContextType>;
  moods?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  parser?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  people?: Resolver<Array<ResolversTypes['PersonMention']>, ParentType, ContextType>;
  platforms?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  references?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  runtimeMinutes?: Resolver<Maybe<ResolversTypes['IntBounds']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  yearRange?: Resolver<Maybe<ResolversTypes['IntBounds']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PersonMentionResolvers<ContextType = DiscoveryContext, ParentType extends ResolversParentTypes['PersonMention'] = ResolversParentTypes['PersonMention']> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['PersonRole'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PersonRoleResolvers = EnumResolverSignature<{ ANY?: any, CAST?: any, DIRECTOR?: any }, ResolversTypes['PersonRole']>;

export type ProfileResolvers<ContextType = DiscoveryContext, ParentType extends ResolversParentTypes['Profile'] = ResolversParentTypes['Profile']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Profile']>, { __typename: 'Profile' } & GraphQLRecursivePick<ParentType, {"id":true}>, ContextType>;

  id?: Resolver<ResolversTypes['ID'], { __typename: 'Profile' } & GraphQLRecursivePick<ParentType, {"id":true}>, ContextType>;
  search?: Resolver<ResolversTypes['SearchResults'], { __typename: 'Profile' } & GraphQLRecursivePick<ParentType, {"id":true}> & GraphQLRecursivePick<ParentType, {"contentRestrictions":{"maxContentRating":true,"blockedGenres":true,"viewingAllowedNow":true}}>, ContextType, RequireFields<ProfileSearchArgs, 'first' | 'query' | 'region' | 'strategy'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type QueryResolvers<ContextType = DiscoveryContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  autocomplete?: Resolver<Array<ResolversTypes['AutocompleteSuggestion']>, ParentType, ContextType, RequireFields<QueryAutocompleteArgs, 'first' | 'prefix'>>;
  search?: Resolver<ResolversTypes['SearchResults'], ParentType, ContextType, RequireFields<QuerySearchArgs, 'first' | 'query' | 'region' | 'strategy'>>;
  searchAnalytics?: Resolver<ResolversTypes['SearchAnalytics'], ParentType, ContextType, RequireFields<QuerySearchAnalyticsArgs, 'first'>>;
};

export type QueryCountResolvers<ContextType = DiscoveryContext, ParentType extends ResolversParentTypes['QueryCount'] = ResolversParentTypes['QueryCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  query?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type QueryKindResolvers = EnumResolverSignature<{ RECOMMENDATION?: any, SEARCH?: any, TRIVIA?: any }, ResolversTypes['QueryKind']>;

export type RetrieverScoreResolvers<ContextType = DiscoveryContext, ParentType extends ResolversParentTypes['RetrieverScore'] = ResolversParentTypes['RetrieverScore']> = {
  contribution?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  rank?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  retriever?: Resolver<ResolversTypes['SearchStrategy'], ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RetrieverTimingResolvers<ContextType = DiscoveryContext, ParentType extends ResolversParentTypes['RetrieverTiming'] = ResolversParentTypes['RetrieverTiming']> = {
  hits?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  ms?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  retriever?: Resolver<ResolversTypes['SearchStrategy'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ScoreBreakdownResolvers<ContextType = DiscoveryContext, ParentType extends ResolversParentTypes['ScoreBreakdown'] = ResolversParentTypes['ScoreBreakdown']> = {
  configVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  final?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  popularity?: Resolver<ResolversTypes['WeightedSignal'], ParentType, ContextType>;
  retrieval?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  retrievers?: Resolver<Array<ResolversTypes['RetrieverScore']>, ParentType, ContextType>;
  variant?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SearchAnalyticsResolvers<ContextType = DiscoveryContext, ParentType extends ResolversParentTypes['SearchAnalytics'] = ResolversParentTypes['SearchAnalytics']> = {
  latency?: Resolver<ResolversTypes['LatencyPercentiles'], ParentType, ContextType>;
  popularQueries?: Resolver<Array<ResolversTypes['QueryCount']>, ParentType, ContextType>;
  searches?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  since?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  zeroResultQueries?: Resolver<Array<ResolversTypes['QueryCount']>, ParentType, ContextType>;
  zeroResultRate?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  zeroResultSearches?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SearchFacetsResolvers<ContextType = DiscoveryContext, ParentType extends ResolversParentTypes['SearchFacets'] = ResolversParentTypes['SearchFacets']> = {
  decades?: Resolver<Array<ResolversTypes['FacetCount']>, ParentType, ContextType>;
  genres?: Resolver<Array<ResolversTypes['FacetCount']>, ParentType, ContextType>;
  platforms?: Resolver<Array<ResolversTypes['FacetCount']>, ParentType, ContextType>;
  ratings?: Resolver<Array<ResolversTypes['FacetCount']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SearchHitResolvers<ContextType = DiscoveryContext, ParentType extends ResolversParentTypes['SearchHit'] = ResolversParentTypes['SearchHit']> = {
  breakdown?: Resolver<ResolversTypes['ScoreBreakdown'], ParentType, ContextType>;
  primaryReason?: Resolver<Maybe<ResolversTypes['MatchReason']>, ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['MatchReason']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['Title'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SearchPageInfoResolvers<ContextType = DiscoveryContext, ParentType extends ResolversParentTypes['SearchPageInfo'] = ResolversParentTypes['SearchPageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SearchResultsResolvers<ContextType = DiscoveryContext, ParentType extends ResolversParentTypes['SearchResults'] = ResolversParentTypes['SearchResults']> = {
  correction?: Resolver<Maybe<ResolversTypes['SpellingCorrection']>, ParentType, ContextType>;
  facets?: Resolver<ResolversTypes['SearchFacets'], ParentType, ContextType>;
  hits?: Resolver<Array<ResolversTypes['SearchHit']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['SearchPageInfo'], ParentType, ContextType>;
  parsed?: Resolver<ResolversTypes['ParsedQuery'], ParentType, ContextType>;
  strategy?: Resolver<ResolversTypes['SearchStrategy'], ParentType, ContextType>;
  timing?: Resolver<ResolversTypes['SearchTiming'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  trending?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  warnings?: Resolver<Array<ResolversTypes['SearchWarning']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SearchTimingResolvers<ContextType = DiscoveryContext, ParentType extends ResolversParentTypes['SearchTiming'] = ResolversParentTypes['SearchTiming']> = {
  cached?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  retrievers?: Resolver<Array<ResolversTypes['RetrieverTiming']>, ParentType, ContextType>;
  totalMs?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SearchWarningResolvers<ContextType = DiscoveryContext, ParentType extends ResolversParentTypes['SearchWarning'] = ResolversParentTypes['SearchWarning']> = {
  code?: Resolver<ResolversTypes['SearchWarningCode'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SpellingCorrectionResolvers<ContextType = DiscoveryContext, ParentType extends ResolversParentTypes['SpellingCorrection'] = ResolversParentTypes['SpellingCorrection']> = {
  corrected?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  edits?: Resolver<Array<ResolversTypes['SpellingEdit']>, ParentType, ContextType>;
  original?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SpellingEditResolvers<ContextType = DiscoveryContext, ParentType extends ResolversParentTypes['SpellingEdit'] = ResolversParentTypes['SpellingEdit']> = {
  distance?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SuggestionKindResolvers = EnumResolverSignature<{ GENRE?: any, PERSON?: any, TITLE?: any }, ResolversTypes['SuggestionKind']>;

export type TitleResolvers<ContextType = DiscoveryContext, ParentType extends ResolversParentTypes['Title'] = ResolversParentTypes['Title']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Title']>, { __typename: 'Title' } & GraphQLRecursivePick<ParentType, {"id":true}>, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  similar?: Resolver<Array<ResolversTypes['SearchHit']>, ParentType, ContextType, RequireFields<TitleSimilarArgs, 'first' | 'region'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type WeightedSignalResolvers<ContextType = DiscoveryContext, ParentType extends ResolversParentTypes['WeightedSignal'] = ResolversParentTypes['WeightedSignal']> = {
  contribution?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type Resolvers<ContextType = DiscoveryContext> = {
  AutocompleteSuggestion?: AutocompleteSuggestionResolvers<ContextType>;
  ContentRestrictions?: ContentRestrictionsResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  FacetCount?: FacetCountResolvers<ContextType>;
  Genre?: GenreResolvers;
  IntBounds?: IntBoundsResolvers<ContextType>;
  LatencyPercentiles?: LatencyPercentilesResolvers<ContextType>;
  MatchReason?: MatchReasonResolvers<ContextType>;
  MatchReasonKind?: MatchReasonKindResolvers;
  ParsedQuery?: ParsedQueryResolvers<ContextType>;
  PersonMention?: PersonMentionResolvers<ContextType>;
  PersonRole?: PersonRoleResolvers;
  Profile?: ProfileResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  QueryCount?: QueryCountResolvers<ContextType>;
  QueryKind?: QueryKindResolvers;
  RetrieverScore?: RetrieverScoreResolvers<ContextType>;
  RetrieverTiming?: RetrieverTimingResolvers<ContextType>;
  ScoreBreakdown?: ScoreBreakdownResolvers<ContextType>;
  SearchAnalytics?: SearchAnalyticsResolvers<ContextType>;
  SearchFacets?: SearchFacetsResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  SearchPageInfo?: SearchPageInfoResolvers<ContextType>;
  SearchResults?: SearchResultsResolvers<ContextType>;
  SearchTiming?: SearchTimingResolvers<ContextType>;
  SearchWarning?: SearchWarningResolvers<ContextType>;
  SpellingCorrection?: SpellingCorrectionResolvers<ContextType>;
  SpellingEdit?: SpellingEditResolvers<ContextType>;
  SuggestionKind?: SuggestionKindResolvers;
  Title?: TitleResolvers<ContextType>;
  WeightedSignal?: WeightedSignalResolvers<ContextType>;
};

