/* eslint-disable */
import type { GenreEnum as Genre } from '../title/genres.js';
import type { RatingLevelEnum as ContentRatingLevel } from '../title/contentRating.js';
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { TitleRecord, RegionalOffer, PlatformRecord, TitleConnectionResult } from '../store/CatalogStore.js';
import type { CatalogContext } from '../CatalogContext.js';
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
  /** A calendar date, `YYYY-MM-DD`. */
  Date: { input: Date; output: Date; }
  /** An instant in time, ISO 8601 with time zone (`2026-11-23T10:00:00.000Z`). */
  DateTime: { input: Date; output: Date; }
  _FieldSet: { input: any; output: any; }
};

/** One change of availability. */
export type AvailabilityChange = {
  __typename?: 'AvailabilityChange';
  /** When the change was written. */
  at: Scalars['DateTime']['output'];
  /** The subscribed titles whose offers changed, in the order they were subscribed; a title deleted since is left out. */
  titles: Array<Title>;
};

export type AvailabilityType =
  | 'FREE'
  | 'PURCHASE'
  | 'RENTAL'
  | 'SUBSCRIPTION';

export type ContentRating = {
  __typename?: 'ContentRating';
  minimumAge: Scalars['Int']['output'];
  rating: Scalars['String']['output'];
  system: RatingSystem;
};

export type { ContentRatingLevel };

export type ContentType =
  | 'MOVIE'
  | 'SERIES';

export type Credit = {
  __typename?: 'Credit';
  job?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  role: CreditRole;
};

export type CreditRole =
  | 'CAST'
  | 'CREW'
  | 'DIRECTOR';

/** Links into the platform: `appUrl` opens the native app where one is known, `webUrl` always works. */
export type DeepLink = {
  __typename?: 'DeepLink';
  appUrl?: Maybe<Scalars['String']['output']>;
  webUrl: Scalars['String']['output'];
};

export type ExternalIds = {
  __typename?: 'ExternalIds';
  aniDb?: Maybe<Scalars['String']['output']>;
  aniList?: Maybe<Scalars['String']['output']>;
  bangumi?: Maybe<Scalars['String']['output']>;
  imdb?: Maybe<Scalars['String']['output']>;
  myAnimeList?: Maybe<Scalars['String']['output']>;
  tmdbMovie?: Maybe<Scalars['String']['output']>;
  tmdbTv?: Maybe<Scalars['String']['output']>;
};

export type FloatRange = {
  max?: InputMaybe<Scalars['Float']['input']>;
  min?: InputMaybe<Scalars['Float']['input']>;
};

export type { Genre };

export type GenreCount = {
  __typename?: 'GenreCount';
  genre: Genre;
  titleCount: Scalars['Int']['output'];
};

/** Inclusive bounds; either may be omitted. */
export type IntRange = {
  max?: InputMaybe<Scalars['Int']['input']>;
  min?: InputMaybe<Scalars['Int']['input']>;
};

export type LocalizedName = {
  __typename?: 'LocalizedName';
  locale: Scalars['String']['output'];
  name: Scalars['String']['output'];
};

export type Money = {
  __typename?: 'Money';
  amount: Scalars['Float']['output'];
  currency: Scalars['String']['output'];
};

/** One way to watch a title: on a platform, in a region, under an availability type. */
export type Offer = {
  __typename?: 'Offer';
  availabilityType: AvailabilityType;
  availableFrom?: Maybe<Scalars['DateTime']['output']>;
  deepLink: DeepLink;
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  platform: Platform;
  /** Set for RENTAL and PURCHASE, null for SUBSCRIPTION and FREE. */
  price?: Maybe<Money>;
  qualityTiers: Array<QualityTier>;
  region: Scalars['String']['output'];
  /** Where this offer came from. DEMO offers are generated so the product can be tried and are not real availability. */
  source: OfferSource;
  subscriptionTier?: Maybe<Scalars['String']['output']>;
};

export type OfferSource =
  | 'BANGUMI_DATA'
  | 'DEMO';

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type Platform = {
  __typename?: 'Platform';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** ISO 3166-1 alpha-2 codes; empty when it operates worldwide. */
  regions: Array<Scalars['String']['output']>;
  worldwide: Scalars['Boolean']['output'];
};

export type QualityTier =
  | 'ATMOS'
  | 'HD'
  | 'HDR'
  | 'SD'
  | 'UHD_4K';

export type Query = {
  __typename?: 'Query';
  /** The canonical genres with how many titles carry each. */
  genres: Array<GenreCount>;
  /** Streaming platforms, or only those operating in `region` (ISO 3166-1 alpha-2, e.g. "US"). */
  platforms: Array<Platform>;
  /** One title by id. Answers null when no title has that id; a malformed id is a BAD_USER_INPUT error. */
  title?: Maybe<Title>;
  /** Titles matching every given filter, as a Relay connection. `first` is 1–100 (default 20). */
  titles: TitleConnection;
};


export type QueryPlatformsArgs = {
  region?: InputMaybe<Scalars['String']['input']>;
};


export type QueryTitleArgs = {
  id: Scalars['ID']['input'];
};


export type QueryTitlesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TitleFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<TitleOrder>;
};

export type RatingSystem =
  | 'MPAA';

export type Subscription = {
  __typename?: 'Subscription';
  /**
   * An event each time an import changes where one of `titleIds` can be watched: an offer added or removed, or its
   * platform, type, regions, window or launch link changed. Each event lists only the subscribed titles that changed,
   * with their fields (`availability` included) read when the event is sent. Takes 1–100 distinct title ids, else
   * BAD_USER_INPUT. Public, like the rest of the catalogue. An offer window opening or closing by itself is not an
   * event: query `availability` again when a window you care about (`availableFrom`, `expiresAt`) passes.
   */
  availabilityChanged: AvailabilityChange;
};


export type SubscriptionAvailabilityChangedArgs = {
  titleIds: Array<Scalars['ID']['input']>;
};

/** A film or a series in the catalogue, merged from every source that knows it. */
export type Title = {
  __typename?: 'Title';
  /** Where the title can be watched in `region` now: only offers whose window includes the present. */
  availability: Array<Offer>;
  /** 0–10, with `voteCount` votes. */
  averageRating?: Maybe<Scalars['Float']['output']>;
  contentRating?: Maybe<ContentRating>;
  contentType: ContentType;
  credits: Array<Credit>;
  directors: Array<Scalars['String']['output']>;
  /** Last air date of a series that has ended. */
  endDate?: Maybe<Scalars['Date']['output']>;
  externalIds: ExternalIds;
  genres: Array<Genre>;
  id: Scalars['ID']['output'];
  localizedNames: Array<LocalizedName>;
  /**
   * The title in `locale` when the catalogue has it, falling back to the same language, the bare language, then English
   * (PRODUCT_SPEC §2). Without `locale`, the English title where known, else the original.
   */
  name: Scalars['String']['output'];
  originalLanguage?: Maybe<Scalars['String']['output']>;
  originalName?: Maybe<Scalars['String']['output']>;
  overview?: Maybe<Scalars['String']['output']>;
  /** 0–1; derived from IMDb votes for films. */
  popularity: Scalars['Float']['output'];
  /** 0–1 completeness and freshness of the record (PRODUCT_SPEC §3). */
  qualityScore: Scalars['Float']['output'];
  releaseDate?: Maybe<Scalars['Date']['output']>;
  releaseYear?: Maybe<Scalars['Int']['output']>;
  runtimeMinutes?: Maybe<Scalars['Int']['output']>;
  voteCount: Scalars['Int']['output'];
};


/** A film or a series in the catalogue, merged from every source that knows it. */
export type TitleAvailabilityArgs = {
  region?: Scalars['String']['input'];
};


/** A film or a series in the catalogue, merged from every source that knows it. */
export type TitleNameArgs = {
  locale?: InputMaybe<Scalars['String']['input']>;
};

export type TitleConnection = {
  __typename?: 'TitleConnection';
  edges: Array<TitleEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type TitleEdge = {
  __typename?: 'TitleEdge';
  cursor: Scalars['String']['output'];
  node: Title;
};

/** Every given field must match. Lists match any of their values (genres are OR). */
export type TitleFilter = {
  availabilityTypes?: InputMaybe<Array<AvailabilityType>>;
  averageRating?: InputMaybe<FloatRange>;
  contentTypes?: InputMaybe<Array<ContentType>>;
  genres?: InputMaybe<Array<Genre>>;
  maxContentRating?: InputMaybe<ContentRatingLevel>;
  maxRuntimeMinutes?: InputMaybe<Scalars['Int']['input']>;
  /** Platform ids (see `platforms`). With `region` and `availabilityTypes`, all must hold for the same offer. */
  platforms?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only titles available now in this region (ISO 3166-1 alpha-2). */
  region?: InputMaybe<Scalars['String']['input']>;
  releaseYear?: InputMaybe<IntRange>;
};

export type TitleOrder =
  | 'AVERAGE_RATING'
  | 'NAME'
  | 'POPULARITY'
  | 'RELEASE_DATE';



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
  AvailabilityChange: ResolverTypeWrapper<Omit<AvailabilityChange, 'titles'> & { titles: Array<ResolversTypes['Title']> }>;
  AvailabilityType: AvailabilityType;
  ContentRating: ResolverTypeWrapper<ContentRating>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ContentRatingLevel: ContentRatingLevel;
  ContentType: ContentType;
  Credit: ResolverTypeWrapper<Credit>;
  CreditRole: CreditRole;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DeepLink: ResolverTypeWrapper<DeepLink>;
  ExternalIds: ResolverTypeWrapper<ExternalIds>;
  FloatRange: FloatRange;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Genre: Genre;
  GenreCount: ResolverTypeWrapper<GenreCount>;
  IntRange: IntRange;
  LocalizedName: ResolverTypeWrapper<LocalizedName>;
  Money: ResolverTypeWrapper<Money>;
  Offer: ResolverTypeWrapper<RegionalOffer>;
  OfferSource: OfferSource;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Platform: ResolverTypeWrapper<PlatformRecord>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  QualityTier: QualityTier;
  Query: ResolverTypeWrapper<{}>;
  RatingSystem: RatingSystem;
  Subscription: ResolverTypeWrapper<{}>;
  Title: ResolverTypeWrapper<TitleRecord>;
  TitleConnection: ResolverTypeWrapper<TitleConnectionResult>;
  TitleEdge: ResolverTypeWrapper<Omit<TitleEdge, 'node'> & { node: ResolversTypes['Title'] }>;
  TitleFilter: TitleFilter;
  TitleOrder: TitleOrder;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AvailabilityChange: Omit<AvailabilityChange, 'titles'> & { titles: Array<ResolversParentTypes['Title']> };
  ContentRating: ContentRating;
  Int: Scalars['Int']['output'];
  String: Scalars['String']['output'];
  Credit: Credit;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  DeepLink: DeepLink;
  ExternalIds: ExternalIds;
  FloatRange: FloatRange;
  Float: Scalars['Float']['output'];
  GenreCount: GenreCount;
  IntRange: IntRange;
  LocalizedName: LocalizedName;
  Money: Money;
  Offer: RegionalOffer;
  PageInfo: PageInfo;
  Boolean: Scalars['Boolean']['output'];
  Platform: PlatformRecord;
  ID: Scalars['ID']['output'];
  Query: {};
  Subscription: {};
  Title: TitleRecord;
  TitleConnection: TitleConnectionResult;
  TitleEdge: Omit<TitleEdge, 'node'> & { node: ResolversParentTypes['Title'] };
  TitleFilter: TitleFilter;
};

export type AvailabilityChangeResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['AvailabilityChange'] = ResolversParentTypes['AvailabilityChange']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  titles?: Resolver<Array<ResolversTypes['Title']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ContentRatingResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['ContentRating'] = ResolversParentTypes['ContentRating']> = {
  minimumAge?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rating?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  system?: Resolver<ResolversTypes['RatingSystem'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ContentRatingLevelResolvers = EnumResolverSignature<{ G?: any, NC_17?: any, PG?: any, PG_13?: any, R?: any }, ResolversTypes['ContentRatingLevel']>;

export type CreditResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['Credit'] = ResolversParentTypes['Credit']> = {
  job?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['CreditRole'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DeepLinkResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['DeepLink'] = ResolversParentTypes['DeepLink']> = {
  appUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  webUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ExternalIdsResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['ExternalIds'] = ResolversParentTypes['ExternalIds']> = {
  aniDb?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  aniList?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  bangumi?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  imdb?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  myAnimeList?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  tmdbMovie?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  tmdbTv?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type GenreResolvers = EnumResolverSignature<{ ACTION?: any, ADVENTURE?: any, ANIMATION?: any, COMEDY?: any, CRIME?: any, DOCUMENTARY?: any, DRAMA?: any, FAMILY?: any, FANTASY?: any, HISTORY?: any, HORROR?: any, MUSIC?: any, MYSTERY?: any, ROMANCE?: any, SCIENCE_FICTION?: any, THRILLER?: any, WAR?: any, WESTERN?: any }, ResolversTypes['Genre']>;

export type GenreCountResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['GenreCount'] = ResolversParentTypes['GenreCount']> = {
  genre?: Resolver<ResolversTypes['Genre'], ParentType, ContextType>;
  titleCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type LocalizedNameResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['LocalizedName'] = ResolversParentTypes['LocalizedName']> = {
  locale?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MoneyResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['Money'] = ResolversParentTypes['Money']> = {
  amount?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type OfferResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['Offer'] = ResolversParentTypes['Offer']> = {
  availabilityType?: Resolver<ResolversTypes['AvailabilityType'], ParentType, ContextType>;
  availableFrom?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  deepLink?: Resolver<ResolversTypes['DeepLink'], ParentType, ContextType>;
  expiresAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  platform?: Resolver<ResolversTypes['Platform'], ParentType, ContextType>;
  price?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  qualityTiers?: Resolver<Array<ResolversTypes['QualityTier']>, ParentType, ContextType>;
  region?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['OfferSource'], ParentType, ContextType>;
  subscriptionTier?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PlatformResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['Platform'] = ResolversParentTypes['Platform']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  regions?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  worldwide?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type QueryResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  genres?: Resolver<Array<ResolversTypes['GenreCount']>, ParentType, ContextType>;
  platforms?: Resolver<Array<ResolversTypes['Platform']>, ParentType, ContextType, Partial<QueryPlatformsArgs>>;
  title?: Resolver<Maybe<ResolversTypes['Title']>, ParentType, ContextType, RequireFields<QueryTitleArgs, 'id'>>;
  titles?: Resolver<ResolversTypes['TitleConnection'], ParentType, ContextType, RequireFields<QueryTitlesArgs, 'first' | 'orderBy'>>;
};

export type SubscriptionResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = {
  availabilityChanged?: SubscriptionResolver<ResolversTypes['AvailabilityChange'], "availabilityChanged", ParentType, ContextType, RequireFields<SubscriptionAvailabilityChangedArgs, 'titleIds'>>;
};

export type TitleResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['Title'] = ResolversParentTypes['Title']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Title']>, { __typename: 'Title' } & GraphQLRecursivePick<ParentType, {"id":true}>, ContextType>;
  availability?: Resolver<Array<ResolversTypes['Offer']>, ParentType, ContextType, RequireFields<TitleAvailabilityArgs, 'region'>>;
  averageRating?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  contentRating?: Resolver<Maybe<ResolversTypes['ContentRating']>, ParentType, ContextType>;
  contentType?: Resolver<ResolversTypes['ContentType'], ParentType, ContextType>;
  credits?: Resolver<Array<ResolversTypes['Credit']>, ParentType, ContextType>;
  directors?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  endDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  externalIds?: Resolver<ResolversTypes['ExternalIds'], ParentType, ContextType>;
  genres?: Resolver<Array<ResolversTypes['Genre']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  localizedNames?: Resolver<Array<ResolversTypes['LocalizedName']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType, Partial<TitleNameArgs>>;
  originalLanguage?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  originalName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  overview?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  popularity?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  qualityScore?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  releaseDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  releaseYear?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  runtimeMinutes?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  voteCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TitleConnectionResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['TitleConnection'] = ResolversParentTypes['TitleConnection']> = {
  edges?: Resolver<Array<ResolversTypes['TitleEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TitleEdgeResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['TitleEdge'] = ResolversParentTypes['TitleEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Title'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type Resolvers<ContextType = CatalogContext> = {
  AvailabilityChange?: AvailabilityChangeResolvers<ContextType>;
  ContentRating?: ContentRatingResolvers<ContextType>;
  ContentRatingLevel?: ContentRatingLevelResolvers;
  Credit?: CreditResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  DeepLink?: DeepLinkResolvers<ContextType>;
  ExternalIds?: ExternalIdsResolvers<ContextType>;
  Genre?: GenreResolvers;
  GenreCount?: GenreCountResolvers<ContextType>;
  LocalizedName?: LocalizedNameResolvers<ContextType>;
  Money?: MoneyResolvers<ContextType>;
  Offer?: OfferResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Platform?: PlatformResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  Title?: TitleResolvers<ContextType>;
  TitleConnection?: TitleConnectionResolvers<ContextType>;
  TitleEdge?: TitleEdgeResolvers<ContextType>;
};

