/* eslint-disable */
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { TitleRef as TitleRefModel } from '../graphql/TitleRef.js';
import type { LibraryRecord as LibraryRecordModel, WatchlistEntryRecord as WatchlistEntryRecordModel, ProgressRecord as ProgressRecordModel, PreferenceRecord as PreferenceRecordModel, SyncOperationRecord as SyncOperationRecordModel, SyncPageRecord as SyncPageRecordModel, SyncResultRecord as SyncResultRecordModel } from '../library/LibraryRecords.js';
import type { LibraryChange as LibraryChangeModel } from '../library/LibraryChange.js';
import type { SyncContext } from '../SyncContext.js';
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

export type CommandAckStatus =
  | 'COMPLETED'
  | 'EXECUTING'
  | 'FAILED'
  | 'RECEIVED';

export type CommandParams = {
  __typename?: 'CommandParams';
  language?: Maybe<Scalars['String']['output']>;
  level?: Maybe<Scalars['Int']['output']>;
  muted?: Maybe<Scalars['Boolean']['output']>;
  positionSeconds?: Maybe<Scalars['Float']['output']>;
  profileId?: Maybe<Scalars['ID']['output']>;
  quality?: Maybe<Scalars['String']['output']>;
  sessionId?: Maybe<Scalars['ID']['output']>;
  title?: Maybe<Title>;
};

/** What a command needs, per type: SEEK positionSeconds; LOAD/CAST titleId (+ positionSeconds, sessionId); SET_VOLUME level 0–100; MUTE muted; SWITCH_PROFILE profileId; SET_QUALITY quality; SET_SUBTITLES/SET_AUDIO_TRACK language. */
export type CommandParamsInput = {
  language?: InputMaybe<Scalars['String']['input']>;
  level?: InputMaybe<Scalars['Int']['input']>;
  muted?: InputMaybe<Scalars['Boolean']['input']>;
  positionSeconds?: InputMaybe<Scalars['Float']['input']>;
  profileId?: InputMaybe<Scalars['ID']['input']>;
  quality?: InputMaybe<Scalars['String']['input']>;
  sessionId?: InputMaybe<Scalars['ID']['input']>;
  titleId?: InputMaybe<Scalars['ID']['input']>;
};

export type CommandStatus =
  | 'COMPLETED'
  | 'EXECUTING'
  | 'EXPIRED'
  | 'FAILED'
  | 'PENDING'
  | 'RECEIVED';

export type CommandType =
  | 'CAST'
  | 'LOAD'
  | 'MUTE'
  | 'NEXT_EPISODE'
  | 'PAUSE'
  | 'PLAY'
  | 'PREVIOUS_EPISODE'
  | 'SEEK'
  | 'SET_AUDIO_TRACK'
  | 'SET_QUALITY'
  | 'SET_SUBTITLES'
  | 'SET_VOLUME'
  | 'STOP'
  | 'SWITCH_PROFILE';

export type Device = {
  __typename?: 'Device';
  appVersion?: Maybe<Scalars['String']['output']>;
  capabilities: DeviceCapabilities;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  lastSeenAt?: Maybe<Scalars['DateTime']['output']>;
  name: Scalars['String']['output'];
  /** What it plays while WATCHING or PAUSED. */
  nowPlaying?: Maybe<Title>;
  /** Canonical spelling: iOS, Android, Tizen, webOS, Roku, Web, macOS, Windows, Linux, CLI. */
  platform: Scalars['String']['output'];
  /** Null while offline. IDLE when the device says so or has been browsing for 5 minutes without a change. */
  state?: Maybe<PresenceState>;
  /** OFFLINE without a heartbeat in the last 60 s; WATCHING while it plays or is paused; ONLINE otherwise. */
  status: DeviceStatus;
  type: DeviceType;
};

export type DeviceCapabilities = {
  __typename?: 'DeviceCapabilities';
  atmos: Scalars['Boolean']['output'];
  canCast: Scalars['Boolean']['output'];
  canReceiveCast: Scalars['Boolean']['output'];
  hdrFormats: Array<Scalars['String']['output']>;
  maxResolution?: Maybe<Scalars['String']['output']>;
  remoteControllable: Scalars['Boolean']['output'];
  supportedPlatforms: Array<Scalars['String']['output']>;
};

export type DeviceCapabilitiesInput = {
  atmos?: InputMaybe<Scalars['Boolean']['input']>;
  canCast?: InputMaybe<Scalars['Boolean']['input']>;
  canReceiveCast?: InputMaybe<Scalars['Boolean']['input']>;
  /** HDR10, HDR10+, DolbyVision, HLG. */
  hdrFormats?: InputMaybe<Array<Scalars['String']['input']>>;
  /** SD, HD, FHD, QHD, 4K or 8K (or 480p … 4320p). */
  maxResolution?: InputMaybe<Scalars['String']['input']>;
  remoteControllable?: InputMaybe<Scalars['Boolean']['input']>;
  /** Streaming platform ids the device has apps for (netflix, disney-plus, …). */
  supportedPlatforms?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type DeviceCommand = {
  __typename?: 'DeviceCommand';
  /** Deliveries so far (re-sent while PENDING, at most 3 retries). */
  attempts: Scalars['Int']['output'];
  /** True when an identical command within the last second was returned instead of sending a new one. */
  deduplicated: Scalars['Boolean']['output'];
  error?: Maybe<Scalars['String']['output']>;
  expiresAt: Scalars['DateTime']['output'];
  /** The server's hybrid logical clock at send, as `formatHlc` writes it. */
  hlc: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  issuedAt: Scalars['DateTime']['output'];
  params: CommandParams;
  sourceDeviceId?: Maybe<Scalars['ID']['output']>;
  /** EXPIRED once `expiresAt` passed without a final acknowledgement. */
  status: CommandStatus;
  targetDeviceId: Scalars['ID']['output'];
  type: CommandType;
};

export type DeviceCommandInput = {
  params?: InputMaybe<CommandParamsInput>;
  sourceDeviceId?: InputMaybe<Scalars['ID']['input']>;
  targetDeviceId: Scalars['ID']['input'];
  type: CommandType;
};

export type DeviceRegistration = {
  __typename?: 'DeviceRegistration';
  device: Device;
  /** All the caller's devices, the new one included. */
  devices: Array<Device>;
  heartbeatIntervalSeconds: Scalars['Int']['output'];
  offlineAfterSeconds: Scalars['Int']['output'];
};

export type DeviceStatus =
  | 'OFFLINE'
  | 'ONLINE'
  | 'WATCHING';

export type DeviceType =
  | 'CLI'
  | 'DESKTOP'
  | 'PHONE'
  | 'TABLET'
  | 'TV'
  | 'WEB';

export type Heartbeat = {
  __typename?: 'Heartbeat';
  device: Device;
  nextHeartbeatSeconds: Scalars['Int']['output'];
  /** The device was offline for more than 5 minutes (or never seen): call `syncSince` to reconcile. */
  reconcile: Scalars['Boolean']['output'];
};

export type Library = {
  __typename?: 'Library';
  /** Continue with `syncSince` from here. */
  cursor: Scalars['String']['output'];
  /** By key. */
  preferences: Array<PreferenceValue>;
  profileId: Scalars['ID']['output'];
  /** Most recently watched first. */
  progress: Array<WatchProgress>;
  /** Highest priority first, then the most recently added. */
  watchlist: Array<WatchlistEntry>;
};

/**
 * One applied operation and what it left: the title's watchlist entry (null when it is off the watchlist, `present`
 * false), its progress, or the preference.
 */
export type LibraryChange = {
  __typename?: 'LibraryChange';
  cursor: Scalars['String']['output'];
  operation: SyncOperation;
  preference?: Maybe<PreferenceValue>;
  present?: Maybe<Scalars['Boolean']['output']>;
  profileId: Scalars['ID']['output'];
  progress?: Maybe<WatchProgress>;
  title?: Maybe<Title>;
  watchlistEntry?: Maybe<WatchlistEntry>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * The target device reports progress on a command: RECEIVED → EXECUTING → COMPLETED | FAILED (steps may be skipped,
   * never reversed; CONFLICT otherwise or after expiry).
   */
  acknowledgeCommand: DeviceCommand;
  /**
   * Adds a title to the watchlist; `hlc` becomes the add's tag. Priority 0–100, reason at most 200 characters; the
   * watchlist holds at most 1000 titles.
   */
  addToWatchlist: WatchlistEntry;
  /**
   * Applies 1–100 operations queued on a device (offline replay): all are validated first (every problem is listed in
   * `extensions.problems`, nothing is written when one is bad), then applied in HLC order in one transaction. An
   * operation sent before is counted in `duplicates`, one that changes nothing (an older write) in `ignored`.
   */
  applySyncOperations: SyncResult;
  /**
   * The device says goodbye: it is offline at once (the LEAVE event follows a 5 s grace, see `presenceChanged`).
   * False when it was not online.
   */
  disconnectDevice: Scalars['Boolean']['output'];
  /**
   * Says the device is online and what it is doing. Offline after 60 s without one (two missed beats).
   * `reconcile: true` means the device was offline for more than 5 minutes (or never seen): load `syncSince`.
   * `titleId` and `sessionId` only count while WATCHING or PAUSED.
   */
  heartbeat: Heartbeat;
  /**
   * Registers a device for the caller. Free accounts may have 2 devices, premium 10, admins any number; past the limit
   * the answer is DEVICE_LIMIT_REACHED (HTTP 429 semantics) with `extensions.limit`. The device then heartbeats every
   * `heartbeatIntervalSeconds` to be seen online.
   */
  registerDevice: DeviceRegistration;
  /** Deletes one of the caller's devices; it goes offline at once. */
  removeDevice: Scalars['Boolean']['output'];
  /**
   * Removes the add tags the device has seen (`WatchlistEntry.tags`). True when the title is gone afterwards; an add
   * the device had not seen keeps it (add wins).
   */
  removeFromWatchlist: Scalars['Boolean']['output'];
  /** Renames one of the caller's devices (1–64 printable characters). */
  renameDevice: Device;
  /**
   * Where the device is in a title. The position is clamped to the duration; more than 95% counts as completed. An
   * older report, or one within a second of the device's last, leaves the progress as it is (and is answered with it).
   */
  reportProgress: WatchProgress;
  /**
   * Sends a remote command from one of the caller's devices (or none) to another of them. The target must be online
   * (DEVICE_OFFLINE) and controllable (DEVICE_NOT_CONTROLLABLE; LOAD and CAST need `canReceiveCast`), and transport
   * commands need something playing (NOTHING_PLAYING). An identical command within 1 s returns the first one with
   * `deduplicated: true`. Commands expire 5 s after they are issued.
   */
  sendDeviceCommand: DeviceCommand;
  /**
   * Sets a preference (`subtitleLanguage`, `audioLanguage`, `autoplayNext`, `playbackSpeed`, `preferredQuality`,
   * `theme`); values at most 200 characters. The newest write wins.
   */
  setPreference: PreferenceValue;
};


export type MutationAcknowledgeCommandArgs = {
  commandId: Scalars['ID']['input'];
  deviceId: Scalars['ID']['input'];
  error?: InputMaybe<Scalars['String']['input']>;
  status: CommandAckStatus;
};


export type MutationAddToWatchlistArgs = {
  deviceId: Scalars['ID']['input'];
  hlc: Scalars['String']['input'];
  priority?: InputMaybe<Scalars['Int']['input']>;
  profileId: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
  titleId: Scalars['ID']['input'];
};


export type MutationApplySyncOperationsArgs = {
  deviceId: Scalars['ID']['input'];
  operations: Array<SyncOperationInput>;
  profileId: Scalars['ID']['input'];
};


export type MutationDisconnectDeviceArgs = {
  deviceId: Scalars['ID']['input'];
};


export type MutationHeartbeatArgs = {
  deviceId: Scalars['ID']['input'];
  sessionId?: InputMaybe<Scalars['ID']['input']>;
  state?: InputMaybe<PresenceState>;
  titleId?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationRegisterDeviceArgs = {
  input: RegisterDeviceInput;
};


export type MutationRemoveDeviceArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRemoveFromWatchlistArgs = {
  deviceId: Scalars['ID']['input'];
  hlc: Scalars['String']['input'];
  profileId: Scalars['ID']['input'];
  tags: Array<Scalars['String']['input']>;
  titleId: Scalars['ID']['input'];
};


export type MutationRenameDeviceArgs = {
  id: Scalars['ID']['input'];
  name: Scalars['String']['input'];
};


export type MutationReportProgressArgs = {
  deviceId: Scalars['ID']['input'];
  durationSeconds: Scalars['Float']['input'];
  hlc: Scalars['String']['input'];
  positionSeconds: Scalars['Float']['input'];
  profileId: Scalars['ID']['input'];
  titleId: Scalars['ID']['input'];
};


export type MutationSendDeviceCommandArgs = {
  input: DeviceCommandInput;
};


export type MutationSetPreferenceArgs = {
  deviceId: Scalars['ID']['input'];
  hlc: Scalars['String']['input'];
  key: Scalars['String']['input'];
  profileId: Scalars['ID']['input'];
  value: Scalars['String']['input'];
};

export type PreferenceValue = {
  __typename?: 'PreferenceValue';
  deviceId: Scalars['ID']['output'];
  hlc: Scalars['String']['output'];
  key: Scalars['String']['output'];
  /** When the winning write was made (its HLC's time). */
  updatedAt: Scalars['DateTime']['output'];
  value: Scalars['String']['output'];
};

export type PresenceChange = {
  __typename?: 'PresenceChange';
  at: Scalars['DateTime']['output'];
  device: Device;
  kind: PresenceChangeKind;
};

export type PresenceChangeKind =
  | 'JOIN'
  | 'LEAVE'
  | 'STATE'
  | 'TIMEOUT';

export type PresenceState =
  | 'BROWSING'
  | 'IDLE'
  | 'PAUSED'
  | 'WATCHING';

export type Query = {
  __typename?: 'Query';
  /** One of the caller's devices; null when it does not exist or belongs to someone else. */
  device?: Maybe<Device>;
  /** A remote command the caller sent (or one sent to their devices), while it is still kept (about a minute). */
  deviceCommand?: Maybe<DeviceCommand>;
  /** The caller's registered devices, oldest first, with their live presence. */
  devices: Array<Device>;
  /** The whole library of one of the caller's profiles, and the cursor to continue from with `syncSince`. */
  library: Library;
  /**
   * What changed in the library after `cursor`, oldest first, at most `first` (1–500) operations. Without a cursor, or
   * with one older than the 30 days the operation log keeps, `fullStateRequired` is true: load `library` instead.
   */
  syncSince: SyncPage;
};


export type QueryDeviceArgs = {
  id: Scalars['ID']['input'];
};


export type QueryDeviceCommandArgs = {
  id: Scalars['ID']['input'];
};


export type QueryLibraryArgs = {
  profileId: Scalars['ID']['input'];
};


export type QuerySyncSinceArgs = {
  cursor?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  profileId: Scalars['ID']['input'];
};

export type RegisterDeviceInput = {
  appVersion?: InputMaybe<Scalars['String']['input']>;
  capabilities?: InputMaybe<DeviceCapabilitiesInput>;
  /** 1–64 printable characters, trimmed. */
  name: Scalars['String']['input'];
  /** iOS, Android, Tizen, webOS, Roku, Web, macOS, Windows, Linux or CLI (any case). */
  platform: Scalars['String']['input'];
  type: DeviceType;
};

export type Subscription = {
  __typename?: 'Subscription';
  /** Acknowledgements of commands between the caller's devices. */
  commandStatusChanged: DeviceCommand;
  /** Commands sent to one of the caller's devices, as they are issued (re-delivered while unacknowledged: dedupe by id). */
  deviceCommands: DeviceCommand;
  /**
   * Every change applied to the caller's library (from any device, or from playback), as it commits; only the given
   * profile's when `profileId` is set.
   */
  libraryChanged: LibraryChange;
  /**
   * Presence of the caller's devices: JOIN, LEAVE (said goodbye), TIMEOUT (stopped beating) and STATE (what it does
   * changed). LEAVE and TIMEOUT wait a 5 s grace: a device back within it yields one STATE instead of LEAVE + JOIN.
   */
  presenceChanged: PresenceChange;
};


export type SubscriptionDeviceCommandsArgs = {
  deviceId: Scalars['ID']['input'];
};


export type SubscriptionLibraryChangedArgs = {
  profileId?: InputMaybe<Scalars['ID']['input']>;
};

/** An applied operation as the log keeps it. Progress positions are as stored (clamped). */
export type SyncOperation = {
  __typename?: 'SyncOperation';
  /** When the server applied it. */
  at: Scalars['DateTime']['output'];
  completed?: Maybe<Scalars['Boolean']['output']>;
  cursor: Scalars['String']['output'];
  deviceId: Scalars['ID']['output'];
  durationSeconds?: Maybe<Scalars['Float']['output']>;
  hlc: Scalars['String']['output'];
  key?: Maybe<Scalars['String']['output']>;
  kind: SyncOperationKind;
  positionSeconds?: Maybe<Scalars['Float']['output']>;
  priority?: Maybe<Scalars['Int']['output']>;
  reason?: Maybe<Scalars['String']['output']>;
  tags?: Maybe<Array<Scalars['String']['output']>>;
  title?: Maybe<Title>;
  value?: Maybe<Scalars['String']['output']>;
};

export type SyncOperationInput = {
  /** PROGRESS */
  durationSeconds?: InputMaybe<Scalars['Float']['input']>;
  hlc: Scalars['String']['input'];
  /** PREFERENCE */
  key?: InputMaybe<Scalars['String']['input']>;
  kind: SyncOperationKind;
  /** PROGRESS */
  positionSeconds?: InputMaybe<Scalars['Float']['input']>;
  /** WATCHLIST_ADD: 0–100 (default 0) */
  priority?: InputMaybe<Scalars['Int']['input']>;
  /** WATCHLIST_ADD */
  reason?: InputMaybe<Scalars['String']['input']>;
  /** WATCHLIST_REMOVE: the add tags the device has seen */
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
  /** WATCHLIST_ADD, WATCHLIST_REMOVE, PROGRESS */
  titleId?: InputMaybe<Scalars['ID']['input']>;
  /** PREFERENCE */
  value?: InputMaybe<Scalars['String']['input']>;
};

export type SyncOperationKind =
  | 'PREFERENCE'
  | 'PROGRESS'
  | 'WATCHLIST_ADD'
  | 'WATCHLIST_REMOVE';

export type SyncPage = {
  __typename?: 'SyncPage';
  /** Pass it as `cursor` next time (the same cursor when nothing was new). */
  cursor: Scalars['String']['output'];
  /** True: operations are missing from the log for this cursor; load `library`. */
  fullStateRequired: Scalars['Boolean']['output'];
  hasMore: Scalars['Boolean']['output'];
  operations: Array<SyncOperation>;
};

export type SyncResult = {
  __typename?: 'SyncResult';
  applied: Scalars['Int']['output'];
  cursor: Scalars['String']['output'];
  duplicates: Scalars['Int']['output'];
  ignored: Scalars['Int']['output'];
  library: Library;
};

/** A catalogue title; its fields come from the catalog subgraph. */
export type Title = {
  __typename?: 'Title';
  id: Scalars['ID']['output'];
};

export type WatchProgress = {
  __typename?: 'WatchProgress';
  completed: Scalars['Boolean']['output'];
  deviceId: Scalars['ID']['output'];
  durationSeconds: Scalars['Float']['output'];
  hlc: Scalars['String']['output'];
  /** 0–100 */
  percent: Scalars['Float']['output'];
  positionSeconds: Scalars['Float']['output'];
  title: Title;
  /** When the winning report was made (its HLC's time). */
  updatedAt: Scalars['DateTime']['output'];
};

export type WatchlistEntry = {
  __typename?: 'WatchlistEntry';
  /** When the newest live add was made (its HLC's time). */
  addedAt: Scalars['DateTime']['output'];
  /** The newest live add's HLC. */
  hlc: Scalars['String']['output'];
  priority: Scalars['Int']['output'];
  reason?: Maybe<Scalars['String']['output']>;
  /** The live add tags: what a remove must name to take the title off. */
  tags: Array<Scalars['String']['output']>;
  title: Title;
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
  CommandAckStatus: CommandAckStatus;
  CommandParams: ResolverTypeWrapper<Omit<CommandParams, 'title'> & { title?: Maybe<ResolversTypes['Title']> }>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  CommandParamsInput: CommandParamsInput;
  CommandStatus: CommandStatus;
  CommandType: CommandType;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Device: ResolverTypeWrapper<Omit<Device, 'nowPlaying'> & { nowPlaying?: Maybe<ResolversTypes['Title']> }>;
  DeviceCapabilities: ResolverTypeWrapper<DeviceCapabilities>;
  DeviceCapabilitiesInput: DeviceCapabilitiesInput;
  DeviceCommand: ResolverTypeWrapper<Omit<DeviceCommand, 'params'> & { params: ResolversTypes['CommandParams'] }>;
  DeviceCommandInput: DeviceCommandInput;
  DeviceRegistration: ResolverTypeWrapper<Omit<DeviceRegistration, 'device' | 'devices'> & { device: ResolversTypes['Device'], devices: Array<ResolversTypes['Device']> }>;
  DeviceStatus: DeviceStatus;
  DeviceType: DeviceType;
  Heartbeat: ResolverTypeWrapper<Omit<Heartbeat, 'device'> & { device: ResolversTypes['Device'] }>;
  Library: ResolverTypeWrapper<LibraryRecordModel>;
  LibraryChange: ResolverTypeWrapper<LibraryChangeModel>;
  Mutation: ResolverTypeWrapper<{}>;
  PreferenceValue: ResolverTypeWrapper<PreferenceRecordModel>;
  PresenceChange: ResolverTypeWrapper<Omit<PresenceChange, 'device'> & { device: ResolversTypes['Device'] }>;
  PresenceChangeKind: PresenceChangeKind;
  PresenceState: PresenceState;
  Query: ResolverTypeWrapper<{}>;
  RegisterDeviceInput: RegisterDeviceInput;
  Subscription: ResolverTypeWrapper<{}>;
  SyncOperation: ResolverTypeWrapper<SyncOperationRecordModel>;
  SyncOperationInput: SyncOperationInput;
  SyncOperationKind: SyncOperationKind;
  SyncPage: ResolverTypeWrapper<SyncPageRecordModel>;
  SyncResult: ResolverTypeWrapper<SyncResultRecordModel>;
  Title: ResolverTypeWrapper<TitleRefModel>;
  WatchProgress: ResolverTypeWrapper<ProgressRecordModel>;
  WatchlistEntry: ResolverTypeWrapper<WatchlistEntryRecordModel>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  CommandParams: Omit<CommandParams, 'title'> & { title?: Maybe<ResolversParentTypes['Title']> };
  String: Scalars['String']['output'];
  Int: Scalars['Int']['output'];
  Boolean: Scalars['Boolean']['output'];
  Float: Scalars['Float']['output'];
  ID: Scalars['ID']['output'];
  CommandParamsInput: CommandParamsInput;
  DateTime: Scalars['DateTime']['output'];
  Device: Omit<Device, 'nowPlaying'> & { nowPlaying?: Maybe<ResolversParentTypes['Title']> };
  DeviceCapabilities: DeviceCapabilities;
  DeviceCapabilitiesInput: DeviceCapabilitiesInput;
  DeviceCommand: Omit<DeviceCommand, 'params'> & { params: ResolversParentTypes['CommandParams'] };
  DeviceCommandInput: DeviceCommandInput;
  DeviceRegistration: Omit<DeviceRegistration, 'device' | 'devices'> & { device: ResolversParentTypes['Device'], devices: Array<ResolversParentTypes['Device']> };
  Heartbeat: Omit<Heartbeat, 'device'> & { device: ResolversParentTypes['Device'] };
  Library: LibraryRecordModel;
  LibraryChange: LibraryChangeModel;
  Mutation: {};
  PreferenceValue: PreferenceRecordModel;
  PresenceChange: Omit<PresenceChange, 'device'> & { device: ResolversParentTypes['Device'] };
  Query: {};
  RegisterDeviceInput: RegisterDeviceInput;
  Subscription: {};
  SyncOperation: SyncOperationRecordModel;
  SyncOperationInput: SyncOperationInput;
  SyncPage: SyncPageRecordModel;
  SyncResult: SyncResultRecordModel;
  Title: TitleRefModel;
  WatchProgress: ProgressRecordModel;
  WatchlistEntry: WatchlistEntryRecordModel;
};

export type CommandParamsResolvers<ContextType = SyncContext, ParentType extends ResolversParentTypes['CommandParams'] = ResolversParentTypes['CommandParams']> = {
  language?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  level?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  muted?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  positionSeconds?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  profileId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  quality?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sessionId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['Title']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DeviceResolvers<ContextType = SyncContext, ParentType extends ResolversParentTypes['Device'] = ResolversParentTypes['Device']> = {
  appVersion?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  capabilities?: Resolver<ResolversTypes['DeviceCapabilities'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastSeenAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nowPlaying?: Resolver<Maybe<ResolversTypes['Title']>, ParentType, ContextType>;
  platform?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  state?: Resolver<Maybe<ResolversTypes['PresenceState']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['DeviceStatus'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['DeviceType'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DeviceCapabilitiesResolvers<ContextType = SyncContext, ParentType extends ResolversParentTypes['DeviceCapabilities'] = ResolversParentTypes['DeviceCapabilities']> = {
  atmos?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  canCast?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  canReceiveCast?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hdrFormats?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  maxResolution?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  remoteControllable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  supportedPlatforms?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DeviceCommandResolvers<ContextType = SyncContext, ParentType extends ResolversParentTypes['DeviceCommand'] = ResolversParentTypes['DeviceCommand']> = {
  attempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  deduplicated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  hlc?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  issuedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  params?: Resolver<ResolversTypes['CommandParams'], ParentType, ContextType>;
  sourceDeviceId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CommandStatus'], ParentType, ContextType>;
  targetDeviceId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['CommandType'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DeviceRegistrationResolvers<ContextType = SyncContext, ParentType extends ResolversParentTypes['DeviceRegistration'] = ResolversParentTypes['DeviceRegistration']> = {
  device?: Resolver<ResolversTypes['Device'], ParentType, ContextType>;
  devices?: Resolver<Array<ResolversTypes['Device']>, ParentType, ContextType>;
  heartbeatIntervalSeconds?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  offlineAfterSeconds?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type HeartbeatResolvers<ContextType = SyncContext, ParentType extends ResolversParentTypes['Heartbeat'] = ResolversParentTypes['Heartbeat']> = {
  device?: Resolver<ResolversTypes['Device'], ParentType, ContextType>;
  nextHeartbeatSeconds?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reconcile?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type LibraryResolvers<ContextType = SyncContext, ParentType extends ResolversParentTypes['Library'] = ResolversParentTypes['Library']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  preferences?: Resolver<Array<ResolversTypes['PreferenceValue']>, ParentType, ContextType>;
  profileId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  progress?: Resolver<Array<ResolversTypes['WatchProgress']>, ParentType, ContextType>;
  watchlist?: Resolver<Array<ResolversTypes['WatchlistEntry']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type LibraryChangeResolvers<ContextType = SyncContext, ParentType extends ResolversParentTypes['LibraryChange'] = ResolversParentTypes['LibraryChange']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  operation?: Resolver<ResolversTypes['SyncOperation'], ParentType, ContextType>;
  preference?: Resolver<Maybe<ResolversTypes['PreferenceValue']>, ParentType, ContextType>;
  present?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  profileId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  progress?: Resolver<Maybe<ResolversTypes['WatchProgress']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['Title']>, ParentType, ContextType>;
  watchlistEntry?: Resolver<Maybe<ResolversTypes['WatchlistEntry']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MutationResolvers<ContextType = SyncContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  acknowledgeCommand?: Resolver<ResolversTypes['DeviceCommand'], ParentType, ContextType, RequireFields<MutationAcknowledgeCommandArgs, 'commandId' | 'deviceId' | 'status'>>;
  addToWatchlist?: Resolver<ResolversTypes['WatchlistEntry'], ParentType, ContextType, RequireFields<MutationAddToWatchlistArgs, 'deviceId' | 'hlc' | 'priority' | 'profileId' | 'titleId'>>;
  applySyncOperations?: Resolver<ResolversTypes['SyncResult'], ParentType, ContextType, RequireFields<MutationApplySyncOperationsArgs, 'deviceId' | 'operations' | 'profileId'>>;
  disconnectDevice?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDisconnectDeviceArgs, 'deviceId'>>;
  heartbeat?: Resolver<ResolversTypes['Heartbeat'], ParentType, ContextType, RequireFields<MutationHeartbeatArgs, 'deviceId' | 'state'>>;
  registerDevice?: Resolver<ResolversTypes['DeviceRegistration'], ParentType, ContextType, RequireFields<MutationRegisterDeviceArgs, 'input'>>;
  removeDevice?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationRemoveDeviceArgs, 'id'>>;
  removeFromWatchlist?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationRemoveFromWatchlistArgs, 'deviceId' | 'hlc' | 'profileId' | 'tags' | 'titleId'>>;
  renameDevice?: Resolver<ResolversTypes['Device'], ParentType, ContextType, RequireFields<MutationRenameDeviceArgs, 'id' | 'name'>>;
  reportProgress?: Resolver<ResolversTypes['WatchProgress'], ParentType, ContextType, RequireFields<MutationReportProgressArgs, 'deviceId' | 'durationSeconds' | 'hlc' | 'positionSeconds' | 'profileId' | 'titleId'>>;
  sendDeviceCommand?: Resolver<ResolversTypes['DeviceCommand'], ParentType, ContextType, RequireFields<MutationSendDeviceCommandArgs, 'input'>>;
  setPreference?: Resolver<ResolversTypes['PreferenceValue'], ParentType, ContextType, RequireFields<MutationSetPreferenceArgs, 'deviceId' | 'hlc' | 'key' | 'profileId' | 'value'>>;
};

export type PreferenceValueResolvers<ContextType = SyncContext, ParentType extends ResolversParentTypes['PreferenceValue'] = ResolversParentTypes['PreferenceValue']> = {
  deviceId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  hlc?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PresenceChangeResolvers<ContextType = SyncContext, ParentType extends ResolversParentTypes['PresenceChange'] = ResolversParentTypes['PresenceChange']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  device?: Resolver<ResolversTypes['Device'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['PresenceChangeKind'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type QueryResolvers<ContextType = SyncContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  device?: Resolver<Maybe<ResolversTypes['Device']>, ParentType, ContextType, RequireFields<QueryDeviceArgs, 'id'>>;
  deviceCommand?: Resolver<Maybe<ResolversTypes['DeviceCommand']>, ParentType, ContextType, RequireFields<QueryDeviceCommandArgs, 'id'>>;
  devices?: Resolver<Array<ResolversTypes['Device']>, ParentType, ContextType>;
  library?: Resolver<ResolversTypes['Library'], ParentType, ContextType, RequireFields<QueryLibraryArgs, 'profileId'>>;
  syncSince?: Resolver<ResolversTypes['SyncPage'], ParentType, ContextType, RequireFields<QuerySyncSinceArgs, 'first' | 'profileId'>>;
};

export type SubscriptionResolvers<ContextType = SyncContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = {
  commandStatusChanged?: SubscriptionResolver<ResolversTypes['DeviceCommand'], "commandStatusChanged", ParentType, ContextType>;
  deviceCommands?: SubscriptionResolver<ResolversTypes['DeviceCommand'], "deviceCommands", ParentType, ContextType, RequireFields<SubscriptionDeviceCommandsArgs, 'deviceId'>>;
  libraryChanged?: SubscriptionResolver<ResolversTypes['LibraryChange'], "libraryChanged", ParentType, ContextType, Partial<SubscriptionLibraryChangedArgs>>;
  presenceChanged?: SubscriptionResolver<ResolversTypes['PresenceChange'], "presenceChanged", ParentType, ContextType>;
};

export type SyncOperationResolvers<ContextType = SyncContext, ParentType extends ResolversParentTypes['SyncOperation'] = ResolversParentTypes['SyncOperation']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  completed?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  deviceId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  durationSeconds?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  hlc?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  key?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SyncOperationKind'], ParentType, ContextType>;
  positionSeconds?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  priority?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  tags?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['Title']>, ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SyncPageResolvers<ContextType = SyncContext, ParentType extends ResolversParentTypes['SyncPage'] = ResolversParentTypes['SyncPage']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fullStateRequired?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasMore?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  operations?: Resolver<Array<ResolversTypes['SyncOperation']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SyncResultResolvers<ContextType = SyncContext, ParentType extends ResolversParentTypes['SyncResult'] = ResolversParentTypes['SyncResult']> = {
  applied?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  duplicates?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  ignored?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  library?: Resolver<ResolversTypes['Library'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TitleResolvers<ContextType = SyncContext, ParentType extends ResolversParentTypes['Title'] = ResolversParentTypes['Title']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Title']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type WatchProgressResolvers<ContextType = SyncContext, ParentType extends ResolversParentTypes['WatchProgress'] = ResolversParentTypes['WatchProgress']> = {
  completed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  deviceId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  durationSeconds?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  hlc?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  percent?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  positionSeconds?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['Title'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type WatchlistEntryResolvers<ContextType = SyncContext, ParentType extends ResolversParentTypes['WatchlistEntry'] = ResolversParentTypes['WatchlistEntry']> = {
  addedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  hlc?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  priority?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  tags?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['Title'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type Resolvers<ContextType = SyncContext> = {
  CommandParams?: CommandParamsResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Device?: DeviceResolvers<ContextType>;
  DeviceCapabilities?: DeviceCapabilitiesResolvers<ContextType>;
  DeviceCommand?: DeviceCommandResolvers<ContextType>;
  DeviceRegistration?: DeviceRegistrationResolvers<ContextType>;
  Heartbeat?: HeartbeatResolvers<ContextType>;
  Library?: LibraryResolvers<ContextType>;
  LibraryChange?: LibraryChangeResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PreferenceValue?: PreferenceValueResolvers<ContextType>;
  PresenceChange?: PresenceChangeResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  SyncOperation?: SyncOperationResolvers<ContextType>;
  SyncPage?: SyncPageResolvers<ContextType>;
  SyncResult?: SyncResultResolvers<ContextType>;
  Title?: TitleResolvers<ContextType>;
  WatchProgress?: WatchProgressResolvers<ContextType>;
  WatchlistEntry?: WatchlistEntryResolvers<ContextType>;
};

