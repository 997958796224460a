/* eslint-disable */
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { TitleRef as TitleRefModel, ProfileRef as ProfileRefModel } from '../graphql/entityRefs.js';
import type { RecommendationList as RecommendationListModel, RecommendationItem as RecommendationItemModel } from '../serving/RecommendationList.js';
import type { ExperimentDefinition as ExperimentDefinitionModel, ExperimentResultsRecord as ExperimentResultsRecordModel } from '../experiments/ExperimentDefinition.js';
import type { RecommendationsContext } from '../RecommendationsContext.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
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

export type CreateExperimentInput = {
  /** Share of profiles in the experiment, 0–1. */
  allocation: Scalars['Float']['input'];
  /** 1–64 characters: letters, digits, `-`, `_`, `.`. */
  name: Scalars['String']['input'];
  variants: Array<ExperimentVariantInput>;
};

export type Experiment = {
  __typename?: 'Experiment';
  allocation: Scalars['Float']['output'];
  createdAt: Scalars['DateTime']['output'];
  name: Scalars['String']['output'];
  status: ExperimentStatus;
  variants: Array<ExperimentVariant>;
};

export type ExperimentExposure = {
  __typename?: 'ExperimentExposure';
  name: Scalars['String']['output'];
  variant: Scalars['String']['output'];
};

export type ExperimentResults = {
  __typename?: 'ExperimentResults';
  name: Scalars['String']['output'];
  status: ExperimentStatus;
  variants: Array<VariantResults>;
};

export type ExperimentStatus =
  | 'COMPLETED'
  | 'DRAFT'
  | 'PAUSED'
  | 'RUNNING';

export type ExperimentVariant = {
  __typename?: 'ExperimentVariant';
  collaborative: Scalars['Float']['output'];
  content: Scalars['Float']['output'];
  context: Scalars['Float']['output'];
  graph: Scalars['Float']['output'];
  name: Scalars['String']['output'];
  weight: Scalars['Float']['output'];
};

export type ExperimentVariantInput = {
  /** The hybrid weights this variant serves with (§5 defaults 0.35/0.25/0.30/0.10). */
  collaborative: Scalars['Float']['input'];
  content: Scalars['Float']['input'];
  context: Scalars['Float']['input'];
  graph: Scalars['Float']['input'];
  name: Scalars['String']['input'];
  /** Share of the experiment's profiles; the variants' weights sum to 1. */
  weight: Scalars['Float']['input'];
};

export type MetricConversions = {
  __typename?: 'MetricConversions';
  /** Conversions of this metric: at most one per profile and title. */
  count: Scalars['Int']['output'];
  /** `watch_completion` or `watchlist_add`. */
  metric: Scalars['String']['output'];
  /** Profiles with at least one conversion of this metric ÷ exposures (0 without exposures). */
  rate: Scalars['Float']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Admin: creates an A/B experiment in DRAFT (§5): at least two variants whose traffic weights sum to 1, each with the
   * hybrid weights it serves with; `allocation` is the share of profiles taking part, 0–1.
   */
  createExperiment: Experiment;
  /**
   * "Not interested": the title is no longer recommended to the profile and counts as a negative signal. Kept only with
   * the PERSONALIZATION consent: answers false, recording nothing, without it.
   */
  dismissRecommendation: Scalars['Boolean']['output'];
  /**
   * Rates a title 1–5 for the profile (§5 explicit feedback). Kept only with the PERSONALIZATION consent: answers
   * false, recording nothing, without it.
   */
  rateTitle: Scalars['Boolean']['output'];
  /** Admin: moves an experiment DRAFT → RUNNING → PAUSED ⇄ RUNNING → COMPLETED; any other move is BAD_USER_INPUT. */
  setExperimentStatus: Experiment;
};


export type MutationCreateExperimentArgs = {
  input: CreateExperimentInput;
};


export type MutationDismissRecommendationArgs = {
  profileId: Scalars['ID']['input'];
  titleId: Scalars['ID']['input'];
};


export type MutationRateTitleArgs = {
  profileId: Scalars['ID']['input'];
  rating: Scalars['Int']['input'];
  titleId: Scalars['ID']['input'];
};


export type MutationSetExperimentStatusArgs = {
  name: Scalars['String']['input'];
  status: ExperimentStatus;
};

export type Profile = {
  __typename?: 'Profile';
  contentRestrictions: ContentRestrictions;
  id: Scalars['ID']['output'];
  /**
   * Personal picks for this profile (PRODUCT_SPEC §5): collaborative, content, graph and context candidates merged,
   * watched and dismissed titles removed, the profile's parental controls and `context.region` applied, diversified
   * (MMR λ 0.7), each with an explanation. Cold start (≤ 5 positive interactions): onboarding genres, then regional
   * trending. Without the PERSONALIZATION consent: trending only, `personalized: false`. `first` is 1–50.
   */
  recommendations: RecommendationList;
};


export type ProfileRecommendationsArgs = {
  context?: InputMaybe<RecommendationContext>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type Query = {
  __typename?: 'Query';
  /**
   * Admin: per-variant exposures and conversions of an A/B experiment (§5). NOT_FOUND for an unknown name. Once the
   * experiment is COMPLETED its results are final: later interactions convert nothing in it.
   */
  experimentResults: ExperimentResults;
};


export type QueryExperimentResultsArgs = {
  name: Scalars['String']['input'];
};

export type Recommendation = {
  __typename?: 'Recommendation';
  /** The watched titles the explanation cites (§5 `based_on`). */
  basedOn: Array<Title>;
  /** Share of the hybrid weight whose sources proposed the title, 0–1. */
  confidence: Scalars['Float']['output'];
  /** One line for the viewer, e.g. "Same director as Heat". */
  explanation: Scalars['String']['output'];
  kind: RecommendationKind;
  /** Same as `explanation`; kept for clients of §5's `reason` field. */
  reason: Scalars['String']['output'];
  /** The merged score, 0–1 (an ordering within one list). */
  score: Scalars['Float']['output'];
  title: Title;
};

export type RecommendationContext = {
  device?: InputMaybe<RecommendationDevice>;
  /** The viewer's local hour, 0–23 (time-of-day context). Default: the server's UTC hour. */
  hour?: InputMaybe<Scalars['Int']['input']>;
  /** ISO 3166-1 alpha-2; only titles with an offer there are recommended. Default `US`. */
  region?: InputMaybe<Scalars['String']['input']>;
};

export type RecommendationDevice =
  | 'CLI'
  | 'DESKTOP'
  | 'PHONE'
  | 'TABLET'
  | 'TV'
  | 'WEB';

export type RecommendationFallback =
  | 'COLD_START'
  | 'POPULARITY';

export type RecommendationKind =
  | 'COLLABORATIVE'
  | 'CONTENT'
  | 'CONTEXT'
  | 'GRAPH'
  | 'ONBOARDING'
  | 'POPULARITY'
  | 'TRENDING';

export type RecommendationList = {
  __typename?: 'RecommendationList';
  /** The experiment and variant this list was served under, if any. */
  experiment?: Maybe<ExperimentExposure>;
  /** Set when the list is not the personal hybrid: cold start, or popularity because every personal score was low. */
  fallback?: Maybe<RecommendationFallback>;
  generatedAt: Scalars['DateTime']['output'];
  items: Array<Recommendation>;
  /** False when nothing personal was used (no PERSONALIZATION consent). */
  personalized: Scalars['Boolean']['output'];
  /** Why the list is empty or not personal, when it is (e.g. outside the profile's viewing hours). */
  reason?: Maybe<Scalars['String']['output']>;
  /** How long a client may cache the list. */
  ttlSeconds: Scalars['Int']['output'];
};

export type Title = {
  __typename?: 'Title';
  /**
   * Related picks for people who watched this title: co-watched titles (item-kNN) and titles by the same director, with
   * shared cast, or of the same genres and era. No personal data is used. `first` is 1–50.
   */
  becauseYouWatched: Array<Recommendation>;
  id: Scalars['ID']['output'];
};


export type TitleBecauseYouWatchedArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  region?: InputMaybe<Scalars['String']['input']>;
};

export type VariantResults = {
  __typename?: 'VariantResults';
  /** Profiles with at least one conversion ÷ exposures (0 without exposures). */
  conversionRate: Scalars['Float']['output'];
  conversions: Array<MetricConversions>;
  exposures: Scalars['Int']['output'];
  variant: Scalars['String']['output'];
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
  ContentRatingLevel: ContentRatingLevel;
  ContentRestrictions: ResolverTypeWrapper<ContentRestrictions>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CreateExperimentInput: CreateExperimentInput;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Experiment: ResolverTypeWrapper<ExperimentDefinitionModel>;
  ExperimentExposure: ResolverTypeWrapper<ExperimentExposure>;
  ExperimentResults: ResolverTypeWrapper<ExperimentResultsRecordModel>;
  ExperimentStatus: ExperimentStatus;
  ExperimentVariant: ResolverTypeWrapper<ExperimentVariant>;
  ExperimentVariantInput: ExperimentVariantInput;
  MetricConversions: ResolverTypeWrapper<MetricConversions>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Mutation: ResolverTypeWrapper<{}>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Profile: ResolverTypeWrapper<ProfileRefModel>;
  Query: ResolverTypeWrapper<{}>;
  Recommendation: ResolverTypeWrapper<RecommendationItemModel>;
  RecommendationContext: RecommendationContext;
  RecommendationDevice: RecommendationDevice;
  RecommendationFallback: RecommendationFallback;
  RecommendationKind: RecommendationKind;
  RecommendationList: ResolverTypeWrapper<RecommendationListModel>;
  Title: ResolverTypeWrapper<TitleRefModel>;
  VariantResults: ResolverTypeWrapper<VariantResults>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  ContentRestrictions: ContentRestrictions;
  String: Scalars['String']['output'];
  Boolean: Scalars['Boolean']['output'];
  CreateExperimentInput: CreateExperimentInput;
  Float: Scalars['Float']['output'];
  DateTime: Scalars['DateTime']['output'];
  Experiment: ExperimentDefinitionModel;
  ExperimentExposure: ExperimentExposure;
  ExperimentResults: ExperimentResultsRecordModel;
  ExperimentVariant: ExperimentVariant;
  ExperimentVariantInput: ExperimentVariantInput;
  MetricConversions: MetricConversions;
  Int: Scalars['Int']['output'];
  Mutation: {};
  ID: Scalars['ID']['output'];
  Profile: ProfileRefModel;
  Query: {};
  Recommendation: RecommendationItemModel;
  RecommendationContext: RecommendationContext;
  RecommendationList: RecommendationListModel;
  Title: TitleRefModel;
  VariantResults: VariantResults;
};

export type ContentRestrictionsResolvers<ContextType = RecommendationsContext, ParentType extends ResolversParentTypes['ContentRestrictions'] = ResolversParentTypes['ContentRestrictions']> = {
  blockedGenres?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  maxContentRating?: Resolver<Maybe<ResolversTypes['ContentRatingLevel']>, ParentType, ContextType>;
  viewingAllowedNow?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type ExperimentResolvers<ContextType = RecommendationsContext, ParentType extends ResolversParentTypes['Experiment'] = ResolversParentTypes['Experiment']> = {
  allocation?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ExperimentStatus'], ParentType, ContextType>;
  variants?: Resolver<Array<ResolversTypes['ExperimentVariant']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ExperimentExposureResolvers<ContextType = RecommendationsContext, ParentType extends ResolversParentTypes['ExperimentExposure'] = ResolversParentTypes['ExperimentExposure']> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  variant?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ExperimentResultsResolvers<ContextType = RecommendationsContext, ParentType extends ResolversParentTypes['ExperimentResults'] = ResolversParentTypes['ExperimentResults']> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ExperimentStatus'], ParentType, ContextType>;
  variants?: Resolver<Array<ResolversTypes['VariantResults']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ExperimentVariantResolvers<ContextType = RecommendationsContext, ParentType extends ResolversParentTypes['ExperimentVariant'] = ResolversParentTypes['ExperimentVariant']> = {
  collaborative?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  content?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  context?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  graph?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MetricConversionsResolvers<ContextType = RecommendationsContext, ParentType extends ResolversParentTypes['MetricConversions'] = ResolversParentTypes['MetricConversions']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  metric?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rate?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MutationResolvers<ContextType = RecommendationsContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  createExperiment?: Resolver<ResolversTypes['Experiment'], ParentType, ContextType, RequireFields<MutationCreateExperimentArgs, 'input'>>;
  dismissRecommendation?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDismissRecommendationArgs, 'profileId' | 'titleId'>>;
  rateTitle?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationRateTitleArgs, 'profileId' | 'rating' | 'titleId'>>;
  setExperimentStatus?: Resolver<ResolversTypes['Experiment'], ParentType, ContextType, RequireFields<MutationSetExperimentStatusArgs, 'name' | 'status'>>;
};

export type ProfileResolvers<ContextType = RecommendationsContext, ParentType extends ResolversParentTypes['Profile'] = ResolversParentTypes['Profile']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Profile']>, { __typename: 'Profile' } & GraphQLRecursivePick<ParentType, {"id":true}>, ContextType>;

  id?: Resolver<ResolversTypes['ID'], { __typename: 'Profile' } & GraphQLRecursivePick<ParentType, {"id":true}>, ContextType>;
  recommendations?: Resolver<ResolversTypes['RecommendationList'], { __typename: 'Profile' } & GraphQLRecursivePick<ParentType, {"id":true}> & GraphQLRecursivePick<ParentType, {"contentRestrictions":{"maxContentRating":true,"blockedGenres":true,"viewingAllowedNow":true}}>, ContextType, RequireFields<ProfileRecommendationsArgs, 'first'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type QueryResolvers<ContextType = RecommendationsContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  experimentResults?: Resolver<ResolversTypes['ExperimentResults'], ParentType, ContextType, RequireFields<QueryExperimentResultsArgs, 'name'>>;
};

export type RecommendationResolvers<ContextType = RecommendationsContext, ParentType extends ResolversParentTypes['Recommendation'] = ResolversParentTypes['Recommendation']> = {
  basedOn?: Resolver<Array<ResolversTypes['Title']>, ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['RecommendationKind'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['Title'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RecommendationListResolvers<ContextType = RecommendationsContext, ParentType extends ResolversParentTypes['RecommendationList'] = ResolversParentTypes['RecommendationList']> = {
  experiment?: Resolver<Maybe<ResolversTypes['ExperimentExposure']>, ParentType, ContextType>;
  fallback?: Resolver<Maybe<ResolversTypes['RecommendationFallback']>, ParentType, ContextType>;
  generatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  items?: Resolver<Array<ResolversTypes['Recommendation']>, ParentType, ContextType>;
  personalized?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ttlSeconds?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TitleResolvers<ContextType = RecommendationsContext, ParentType extends ResolversParentTypes['Title'] = ResolversParentTypes['Title']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Title']>, { __typename: 'Title' } & GraphQLRecursivePick<ParentType, {"id":true}>, ContextType>;
  becauseYouWatched?: Resolver<Array<ResolversTypes['Recommendation']>, ParentType, ContextType, RequireFields<TitleBecauseYouWatchedArgs, 'first' | 'region'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type VariantResultsResolvers<ContextType = RecommendationsContext, ParentType extends ResolversParentTypes['VariantResults'] = ResolversParentTypes['VariantResults']> = {
  conversionRate?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  conversions?: Resolver<Array<ResolversTypes['MetricConversions']>, ParentType, ContextType>;
  exposures?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  variant?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type Resolvers<ContextType = RecommendationsContext> = {
  ContentRestrictions?: ContentRestrictionsResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Experiment?: ExperimentResolvers<ContextType>;
  ExperimentExposure?: ExperimentExposureResolvers<ContextType>;
  ExperimentResults?: ExperimentResultsResolvers<ContextType>;
  ExperimentVariant?: ExperimentVariantResolvers<ContextType>;
  MetricConversions?: MetricConversionsResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Profile?: ProfileResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Recommendation?: RecommendationResolvers<ContextType>;
  RecommendationList?: RecommendationListResolvers<ContextType>;
  Title?: TitleResolvers<ContextType>;
  VariantResults?: VariantResultsResolvers<ContextType>;
};

