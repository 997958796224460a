/* eslint-disable */
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { TitleRef as TitleRefModel } from '../graphql/TitleRef.js';
import type { PlaybackSessionRecord as PlaybackSessionRecordModel } from '../session/PlaybackSessionRecord.js';
import type { PlaybackLaunch as PlaybackLaunchModel } from '../launch/initiatePlayback.js';
import type { PlaybackHandoff as PlaybackHandoffModel } from '../handoff/handoffPlayback.js';
import type { PlaybackSessionChange as PlaybackSessionChangeModel } from '../session/PlaybackSessionChange.js';
import type { ContinueWatchingItem as ContinueWatchingItemModel } from '../resume/continueWatching.js';
import type { WatchHistoryEntry as WatchHistoryEntryModel } from '../history/WatchHistoryEntry.js';
import type { PlaybackContext } from '../PlaybackContext.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
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

export type ContinueWatchingItem = {
  __typename?: 'ContinueWatchingItem';
  deviceId?: Maybe<Scalars['ID']['output']>;
  durationSeconds: Scalars['Float']['output'];
  lastWatchedAt: Scalars['DateTime']['output'];
  /** 0–100 */
  percent: Scalars['Float']['output'];
  positionSeconds: Scalars['Float']['output'];
  title: Title;
};

export type InitiatePlaybackInput = {
  deviceId: Scalars['ID']['input'];
  /** The title's length; defaults to the last known one, then the catalogue's runtime. */
  durationSeconds?: InputMaybe<Scalars['Float']['input']>;
  /** A catalogue platform id (`netflix`); the title must play on it in `region`. */
  platform?: InputMaybe<Scalars['String']['input']>;
  profileId: Scalars['ID']['input'];
  /** ISO 3166-1 alpha-2, e.g. `US`. */
  region: Scalars['String']['input'];
  /** Start where the profile stopped (per the resume rule); false starts from the beginning. */
  resume?: InputMaybe<Scalars['Boolean']['input']>;
  titleId: Scalars['ID']['input'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Ends a live session (state STOPPED), at `positionSeconds` when given. CONFLICT when it already ended. */
  endPlaybackSession: PlaybackSession;
  /**
   * Moves a live session to another of the caller's online devices: LOAD at the current position to the target, STOP to
   * the old device when it is online, the old session ends (HANDOFF) and a new one starts on the target.
   */
  handoffPlayback: PlaybackHandoff;
  /**
   * Starts playing a title on one of the caller's online devices (§10): picks the offer (the given platform, else the
   * best one among the caller's subscriptions, else a free one), applies the resume rule, opens a session and returns
   * the launch links. DEVICE_OFFLINE when the device is not online, NOT_FOUND for a title the catalogue does not know,
   * NOT_AVAILABLE when no usable offer plays it in `region`.
   */
  initiatePlayback: PlaybackLaunch;
  /**
   * Opens a session for a title a device has started playing by itself. It starts at `positionSeconds`, else where the
   * resume rule says.
   */
  startPlaybackSession: PlaybackSession;
  /**
   * Reports where a live session is. At most one report a second per session is taken (a faster one answers the
   * session unchanged) unless it changes the state; the position is clamped to the duration. CONFLICT once the session
   * ended.
   */
  updatePlaybackPosition: PlaybackSession;
};


export type MutationEndPlaybackSessionArgs = {
  positionSeconds?: InputMaybe<Scalars['Float']['input']>;
  sessionId: Scalars['ID']['input'];
};


export type MutationHandoffPlaybackArgs = {
  sessionId: Scalars['ID']['input'];
  toDeviceId: Scalars['ID']['input'];
};


export type MutationInitiatePlaybackArgs = {
  input: InitiatePlaybackInput;
};


export type MutationStartPlaybackSessionArgs = {
  input: StartPlaybackInput;
};


export type MutationUpdatePlaybackPositionArgs = {
  positionSeconds: Scalars['Float']['input'];
  sessionId: Scalars['ID']['input'];
  state?: InputMaybe<PlaybackState>;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type PlaybackHandoff = {
  __typename?: 'PlaybackHandoff';
  loadCommandId: Scalars['ID']['output'];
  /** The old session, ended with reason HANDOFF. */
  previousSession: PlaybackSession;
  /** The new session on the target device. */
  session: PlaybackSession;
  /** Null when the old device was offline or could not take the STOP. */
  stopCommandId?: Maybe<Scalars['ID']['output']>;
};

export type PlaybackLaunch = {
  __typename?: 'PlaybackLaunch';
  /** The app link (with `t=<seconds>` when resuming); null when the platform has no app link. */
  deepLink?: Maybe<Scalars['String']['output']>;
  platform: Scalars['String']['output'];
  resumePositionSeconds: Scalars['Float']['output'];
  session: PlaybackSession;
  /** The web page to open when the app is missing (with `t=<seconds>` when resuming, unless it is a search page). */
  webFallback: Scalars['String']['output'];
};

export type PlaybackSession = {
  __typename?: 'PlaybackSession';
  deviceId: Scalars['ID']['output'];
  durationSeconds: Scalars['Float']['output'];
  /** ENDED, HANDOFF or EXPIRED once the session ended. */
  endReason?: Maybe<Scalars['String']['output']>;
  endedAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  platform?: Maybe<Scalars['String']['output']>;
  positionSeconds: Scalars['Float']['output'];
  profileId: Scalars['ID']['output'];
  /** Where the resume rule said to start when the session was created (0: from the beginning). */
  resumePositionSeconds: Scalars['Float']['output'];
  startedAt: Scalars['DateTime']['output'];
  state: PlaybackState;
  title: Title;
  updatedAt: Scalars['DateTime']['output'];
};

export type PlaybackSessionChange = {
  __typename?: 'PlaybackSessionChange';
  at: Scalars['DateTime']['output'];
  kind: PlaybackSessionChangeKind;
  session: PlaybackSession;
};

export type PlaybackSessionChangeKind =
  | 'ENDED'
  | 'HANDOFF'
  | 'PAUSED'
  | 'POSITION'
  | 'RESUMED'
  | 'STARTED';

export type PlaybackState =
  | 'PAUSED'
  | 'PLAYING'
  | 'STOPPED';

export type Query = {
  __typename?: 'Query';
  /**
   * What the profile is in the middle of (PRODUCT_SPEC §10): titles watched for at least 30 seconds and not completed
   * (more than 95% counts as completed), last watched within 30 days, newest first, merged across devices (the latest
   * report wins). `first` is 1–100.
   */
  continueWatching: Array<ContinueWatchingItem>;
  /**
   * One of the caller's playback sessions (live or ended within the last 24 hours); null for an unknown id or another
   * user's session.
   */
  playbackSession?: Maybe<PlaybackSession>;
  /**
   * The caller's sessions of the last 24 hours, most recently updated first; only live ones (not STOPPED) unless
   * `activeOnly` is false.
   */
  playbackSessions: Array<PlaybackSession>;
  /**
   * The caller's watch history, newest first. Only kept with the HISTORY_RETENTION consent, and for at most 90 days
   * (§10 VPPA); older entries are anonymised and no longer listed. `first` is 1–100.
   */
  watchHistory: WatchHistoryConnection;
};


export type QueryContinueWatchingArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  profileId: Scalars['ID']['input'];
};


export type QueryPlaybackSessionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPlaybackSessionsArgs = {
  activeOnly?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryWatchHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type StartPlaybackInput = {
  deviceId: Scalars['ID']['input'];
  durationSeconds: Scalars['Float']['input'];
  platform?: InputMaybe<Scalars['String']['input']>;
  positionSeconds?: InputMaybe<Scalars['Float']['input']>;
  profileId: Scalars['ID']['input'];
  titleId: Scalars['ID']['input'];
};

export type Subscription = {
  __typename?: 'Subscription';
  /** Every change of the caller's playback sessions, on any of their devices. */
  playbackSessionChanged: PlaybackSessionChange;
};

export type Title = {
  __typename?: 'Title';
  id: Scalars['ID']['output'];
};

export type WatchHistoryConnection = {
  __typename?: 'WatchHistoryConnection';
  edges: Array<WatchHistoryEdge>;
  pageInfo: PageInfo;
};

export type WatchHistoryEdge = {
  __typename?: 'WatchHistoryEdge';
  cursor: Scalars['String']['output'];
  node: WatchHistoryEntry;
};

export type WatchHistoryEntry = {
  __typename?: 'WatchHistoryEntry';
  completed: Scalars['Boolean']['output'];
  deviceId?: Maybe<Scalars['ID']['output']>;
  durationSeconds: Scalars['Float']['output'];
  positionSeconds: Scalars['Float']['output'];
  title: Title;
  watchedAt: Scalars['DateTime']['output'];
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
  ContinueWatchingItem: ResolverTypeWrapper<ContinueWatchingItemModel>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  InitiatePlaybackInput: InitiatePlaybackInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Mutation: ResolverTypeWrapper<{}>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PlaybackHandoff: ResolverTypeWrapper<PlaybackHandoffModel>;
  PlaybackLaunch: ResolverTypeWrapper<PlaybackLaunchModel>;
  PlaybackSession: ResolverTypeWrapper<PlaybackSessionRecordModel>;
  PlaybackSessionChange: ResolverTypeWrapper<PlaybackSessionChangeModel>;
  PlaybackSessionChangeKind: PlaybackSessionChangeKind;
  PlaybackState: PlaybackState;
  Query: ResolverTypeWrapper<{}>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  StartPlaybackInput: StartPlaybackInput;
  Subscription: ResolverTypeWrapper<{}>;
  Title: ResolverTypeWrapper<TitleRefModel>;
  WatchHistoryConnection: ResolverTypeWrapper<Omit<WatchHistoryConnection, 'edges'> & { edges: Array<ResolversTypes['WatchHistoryEdge']> }>;
  WatchHistoryEdge: ResolverTypeWrapper<Omit<WatchHistoryEdge, 'node'> & { node: ResolversTypes['WatchHistoryEntry'] }>;
  WatchHistoryEntry: ResolverTypeWrapper<WatchHistoryEntryModel>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  ContinueWatchingItem: ContinueWatchingItemModel;
  ID: Scalars['ID']['output'];
  Float: Scalars['Float']['output'];
  DateTime: Scalars['DateTime']['output'];
  InitiatePlaybackInput: InitiatePlaybackInput;
  String: Scalars['String']['output'];
  Boolean: Scalars['Boolean']['output'];
  Mutation: {};
  PageInfo: PageInfo;
  PlaybackHandoff: PlaybackHandoffModel;
  PlaybackLaunch: PlaybackLaunchModel;
  PlaybackSession: PlaybackSessionRecordModel;
  PlaybackSessionChange: PlaybackSessionChangeModel;
  Query: {};
  Int: Scalars['Int']['output'];
  StartPlaybackInput: StartPlaybackInput;
  Subscription: {};
  Title: TitleRefModel;
  WatchHistoryConnection: Omit<WatchHistoryConnection, 'edges'> & { edges: Array<ResolversParentTypes['WatchHistoryEdge']> };
  WatchHistoryEdge: Omit<WatchHistoryEdge, 'node'> & { node: ResolversParentTypes['WatchHistoryEntry'] };
  WatchHistoryEntry: WatchHistoryEntryModel;
};

export type ContinueWatchingItemResolvers<ContextType = PlaybackContext, ParentType extends ResolversParentTypes['ContinueWatchingItem'] = ResolversParentTypes['ContinueWatchingItem']> = {
  deviceId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  durationSeconds?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  lastWatchedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  percent?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  positionSeconds?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['Title'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type MutationResolvers<ContextType = PlaybackContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  endPlaybackSession?: Resolver<ResolversTypes['PlaybackSession'], ParentType, ContextType, RequireFields<MutationEndPlaybackSessionArgs, 'sessionId'>>;
  handoffPlayback?: Resolver<ResolversTypes['PlaybackHandoff'], ParentType, ContextType, RequireFields<MutationHandoffPlaybackArgs, 'sessionId' | 'toDeviceId'>>;
  initiatePlayback?: Resolver<ResolversTypes['PlaybackLaunch'], ParentType, ContextType, RequireFields<MutationInitiatePlaybackArgs, 'input'>>;
  startPlaybackSession?: Resolver<ResolversTypes['PlaybackSession'], ParentType, ContextType, RequireFields<MutationStartPlaybackSessionArgs, 'input'>>;
  updatePlaybackPosition?: Resolver<ResolversTypes['PlaybackSession'], ParentType, ContextType, RequireFields<MutationUpdatePlaybackPositionArgs, 'positionSeconds' | 'sessionId' | 'state'>>;
};

export type PageInfoResolvers<ContextType = PlaybackContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PlaybackHandoffResolvers<ContextType = PlaybackContext, ParentType extends ResolversParentTypes['PlaybackHandoff'] = ResolversParentTypes['PlaybackHandoff']> = {
  loadCommandId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  previousSession?: Resolver<ResolversTypes['PlaybackSession'], ParentType, ContextType>;
  session?: Resolver<ResolversTypes['PlaybackSession'], ParentType, ContextType>;
  stopCommandId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PlaybackLaunchResolvers<ContextType = PlaybackContext, ParentType extends ResolversParentTypes['PlaybackLaunch'] = ResolversParentTypes['PlaybackLaunch']> = {
  deepLink?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  platform?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  resumePositionSeconds?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  session?: Resolver<ResolversTypes['PlaybackSession'], ParentType, ContextType>;
  webFallback?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PlaybackSessionResolvers<ContextType = PlaybackContext, ParentType extends ResolversParentTypes['PlaybackSession'] = ResolversParentTypes['PlaybackSession']> = {
  deviceId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  durationSeconds?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  endReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  platform?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  positionSeconds?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  profileId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  resumePositionSeconds?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  startedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['PlaybackState'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['Title'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PlaybackSessionChangeResolvers<ContextType = PlaybackContext, ParentType extends ResolversParentTypes['PlaybackSessionChange'] = ResolversParentTypes['PlaybackSessionChange']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['PlaybackSessionChangeKind'], ParentType, ContextType>;
  session?: Resolver<ResolversTypes['PlaybackSession'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type QueryResolvers<ContextType = PlaybackContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  continueWatching?: Resolver<Array<ResolversTypes['ContinueWatchingItem']>, ParentType, ContextType, RequireFields<QueryContinueWatchingArgs, 'first' | 'profileId'>>;
  playbackSession?: Resolver<Maybe<ResolversTypes['PlaybackSession']>, ParentType, ContextType, RequireFields<QueryPlaybackSessionArgs, 'id'>>;
  playbackSessions?: Resolver<Array<ResolversTypes['PlaybackSession']>, ParentType, ContextType, RequireFields<QueryPlaybackSessionsArgs, 'activeOnly'>>;
  watchHistory?: Resolver<ResolversTypes['WatchHistoryConnection'], ParentType, ContextType, RequireFields<QueryWatchHistoryArgs, 'first'>>;
};

export type SubscriptionResolvers<ContextType = PlaybackContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = {
  playbackSessionChanged?: SubscriptionResolver<ResolversTypes['PlaybackSessionChange'], "playbackSessionChanged", ParentType, ContextType>;
};

export type TitleResolvers<ContextType = PlaybackContext, ParentType extends ResolversParentTypes['Title'] = ResolversParentTypes['Title']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Title']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type WatchHistoryConnectionResolvers<ContextType = PlaybackContext, ParentType extends ResolversParentTypes['WatchHistoryConnection'] = ResolversParentTypes['WatchHistoryConnection']> = {
  edges?: Resolver<Array<ResolversTypes['WatchHistoryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type WatchHistoryEdgeResolvers<ContextType = PlaybackContext, ParentType extends ResolversParentTypes['WatchHistoryEdge'] = ResolversParentTypes['WatchHistoryEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['WatchHistoryEntry'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type WatchHistoryEntryResolvers<ContextType = PlaybackContext, ParentType extends ResolversParentTypes['WatchHistoryEntry'] = ResolversParentTypes['WatchHistoryEntry']> = {
  completed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  deviceId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  durationSeconds?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  positionSeconds?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['Title'], ParentType, ContextType>;
  watchedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type Resolvers<ContextType = PlaybackContext> = {
  ContinueWatchingItem?: ContinueWatchingItemResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PlaybackHandoff?: PlaybackHandoffResolvers<ContextType>;
  PlaybackLaunch?: PlaybackLaunchResolvers<ContextType>;
  PlaybackSession?: PlaybackSessionResolvers<ContextType>;
  PlaybackSessionChange?: PlaybackSessionChangeResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  Title?: TitleResolvers<ContextType>;
  WatchHistoryConnection?: WatchHistoryConnectionResolvers<ContextType>;
  WatchHistoryEdge?: WatchHistoryEdgeResolvers<ContextType>;
  WatchHistoryEntry?: WatchHistoryEntryResolvers<ContextType>;
};

