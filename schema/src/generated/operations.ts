/* eslint-disable */
import type { TypedOperation } from '../TypedOperation.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date, `YYYY-MM-DD`. */
  Date: { input: string; output: string; }
  /** An instant in time, ISO 8601 with time zone (`2026-11-23T10:00:00.000Z`). */
  DateTime: { input: string; output: string; }
  join__DirectiveArguments: { input: any; output: any; }
  join__FieldSet: { input: any; output: any; }
  link__Import: { input: any; output: any; }
  requiresScopes__Scope: { input: any; output: any; }
};

export type AuditLogFilter = {
  action?: InputMaybe<Scalars['String']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
  userId?: InputMaybe<Scalars['String']['input']>;
};

export type AvailabilityType =
  | 'FREE'
  | 'PURCHASE'
  | 'RENTAL'
  | 'SUBSCRIPTION';

export type CommandAckStatus =
  | 'COMPLETED'
  | 'EXECUTING'
  | 'FAILED'
  | 'RECEIVED';

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

export type ConsentInput = {
  granted: Scalars['Boolean']['input'];
  policyVersion: Scalars['String']['input'];
  purpose: ConsentPurpose;
};

export type ConsentPurpose =
  | 'ANALYTICS'
  | 'CROSS_DEVICE_SYNC'
  | 'HISTORY_RETENTION'
  | 'PERSONALIZATION';

/** MPAA scale, lowest to highest. Unrated titles are excluded when a maximum is set. */
export type ContentRatingLevel =
  | 'G'
  | 'NC_17'
  | 'PG'
  | 'PG_13'
  | 'R';

export type ContentType =
  | 'MOVIE'
  | 'SERIES';

export type CreateApiKeyInput = {
  expiresInDays?: InputMaybe<Scalars['Int']['input']>;
  name: Scalars['String']['input'];
  rateLimitPerMinute?: InputMaybe<Scalars['Int']['input']>;
  scopes: Array<Scalars['String']['input']>;
};

export type CreateExperimentInput = {
  /** Share of profiles in the experiment, 0–1. */
  allocation: Scalars['Float']['input'];
  /** 1–64 characters: letters, digits, `-`, `_`, `.`. */
  name: Scalars['String']['input'];
  variants: Array<ExperimentVariantInput>;
};

export type CreditRole =
  | 'CAST'
  | 'CREW'
  | 'DIRECTOR';

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

export type DeviceCommandInput = {
  params?: InputMaybe<CommandParamsInput>;
  sourceDeviceId?: InputMaybe<Scalars['ID']['input']>;
  targetDeviceId: Scalars['ID']['input'];
  type: CommandType;
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

export type ExperimentStatus =
  | 'COMPLETED'
  | 'DRAFT'
  | 'PAUSED'
  | 'RUNNING';

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

export type FloatRange = {
  max?: InputMaybe<Scalars['Float']['input']>;
  min?: InputMaybe<Scalars['Float']['input']>;
};

export type Genre =
  | 'ACTION'
  | 'ADVENTURE'
  | 'ANIMATION'
  | 'COMEDY'
  | 'CRIME'
  | 'DOCUMENTARY'
  | 'DRAMA'
  | 'FAMILY'
  | 'FANTASY'
  | 'HISTORY'
  | 'HORROR'
  | 'MUSIC'
  | 'MYSTERY'
  | 'ROMANCE'
  | 'SCIENCE_FICTION'
  | 'THRILLER'
  | 'WAR'
  | 'WESTERN';

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

/** Inclusive bounds; either may be omitted. */
export type IntRange = {
  max?: InputMaybe<Scalars['Int']['input']>;
  min?: InputMaybe<Scalars['Int']['input']>;
};

export type MatchReasonKind =
  | 'ERA'
  | 'GENRE'
  | 'GRAPH'
  | 'KEYWORD'
  | 'MOOD'
  | 'PERSON'
  | 'PLATFORM'
  | 'POPULAR'
  | 'REFERENCE'
  | 'RUNTIME'
  | 'SEMANTIC';

export type OfferSource =
  | 'BANGUMI_DATA'
  | 'DEMO';

export type ParentalControlsInput = {
  blockedGenres?: InputMaybe<Array<Scalars['String']['input']>>;
  contentRatingLimit?: InputMaybe<ContentRatingLevel>;
  enabled: Scalars['Boolean']['input'];
  /** A new 4-digit PIN. */
  newPin?: InputMaybe<Scalars['String']['input']>;
  timeZone?: InputMaybe<Scalars['String']['input']>;
  viewingEnd?: InputMaybe<Scalars['String']['input']>;
  viewingStart?: InputMaybe<Scalars['String']['input']>;
};

export type PersonRole =
  | 'ANY'
  | 'CAST'
  | 'DIRECTOR';

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

export type PreferencesInput = {
  autoplayNext?: InputMaybe<Scalars['Boolean']['input']>;
  dislikedGenres?: InputMaybe<Array<Scalars['String']['input']>>;
  favoriteGenres?: InputMaybe<Array<Scalars['String']['input']>>;
  maxContentRating?: InputMaybe<ContentRatingLevel>;
  preferredLanguages?: InputMaybe<Array<Scalars['String']['input']>>;
  preferredVideoQuality?: InputMaybe<VideoQuality>;
  subscribedPlatforms?: InputMaybe<Array<Scalars['String']['input']>>;
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

export type ProfileInput = {
  avatarUrl?: InputMaybe<Scalars['String']['input']>;
  isKids?: InputMaybe<Scalars['Boolean']['input']>;
  name: Scalars['String']['input'];
};

export type QualityTier =
  | 'ATMOS'
  | 'HD'
  | 'HDR'
  | 'SD'
  | 'UHD_4K';

export type QueryKind =
  | 'RECOMMENDATION'
  | 'SEARCH'
  | 'TRIVIA';

export type RatingSystem =
  | 'MPAA';

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

export type RegisterDeviceInput = {
  appVersion?: InputMaybe<Scalars['String']['input']>;
  capabilities?: InputMaybe<DeviceCapabilitiesInput>;
  /** 1–64 printable characters, trimmed. */
  name: Scalars['String']['input'];
  /** iOS, Android, Tizen, webOS, Roku, Web, macOS, Windows, Linux or CLI (any case). */
  platform: Scalars['String']['input'];
  type: DeviceType;
};

export type RegisterInput = {
  displayName: Scalars['String']['input'];
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};

export type Role =
  | 'ADMIN'
  | 'FREE'
  | 'PREMIUM'
  | 'SERVICE';

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

export type SearchStrategy =
  | 'GRAPH'
  /** Vector, keyword and graph retrieval fused with reciprocal rank fusion (the default). */
  | 'HYBRID'
  | 'KEYWORD'
  | 'VECTOR';

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

export type StartPlaybackInput = {
  deviceId: Scalars['ID']['input'];
  durationSeconds: Scalars['Float']['input'];
  platform?: InputMaybe<Scalars['String']['input']>;
  positionSeconds?: InputMaybe<Scalars['Float']['input']>;
  profileId: Scalars['ID']['input'];
  titleId: Scalars['ID']['input'];
};

export type SuggestionKind =
  | 'GENRE'
  | 'PERSON'
  | 'TITLE';

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

export type UserStatus =
  | 'ACTIVE'
  | 'SUSPENDED';

export type VideoQuality =
  | 'HD'
  | 'SD'
  | 'UHD_4K';

export type Join__Graph =
  | 'CATALOG'
  | 'DISCOVERY'
  | 'IDENTITY'
  | 'PLAYBACK'
  | 'RECOMMENDATIONS'
  | 'SYNC';

export type Link__Purpose =
  /** `EXECUTION` features provide metadata necessary for operation execution. */
  | 'EXECUTION'
  /** `SECURITY` features provide metadata necessary to securely resolve fields. */
  | 'SECURITY';

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { __typename?: 'Query', me: { __typename?: 'User', id: string, email: string, displayName: string, role: Role, profiles: Array<{ __typename?: 'Profile', id: string, name: string, isKids: boolean, contentRestrictions: { __typename?: 'ContentRestrictions', maxContentRating: ContentRatingLevel | null, blockedGenres: Array<string>, viewingAllowedNow: boolean } }> } | null };

export type PreferencesQueryVariables = Exact<{ [key: string]: never; }>;


export type PreferencesQuery = { __typename?: 'Query', me: { __typename?: 'User', id: string, preferences: { __typename?: 'Preferences', favoriteGenres: Array<string>, dislikedGenres: Array<string>, preferredLanguages: Array<string>, subscribedPlatforms: Array<string>, maxContentRating: ContentRatingLevel | null, preferredVideoQuality: VideoQuality, autoplayNext: boolean } } | null };

export type UpdatePreferencesMutationVariables = Exact<{
  input: PreferencesInput;
}>;


export type UpdatePreferencesMutation = { __typename?: 'Mutation', updatePreferences: { __typename?: 'Preferences', favoriteGenres: Array<string>, dislikedGenres: Array<string>, preferredLanguages: Array<string>, subscribedPlatforms: Array<string>, maxContentRating: ContentRatingLevel | null, preferredVideoQuality: VideoQuality, autoplayNext: boolean } };

export type RegisterMutationVariables = Exact<{
  input: RegisterInput;
}>;


export type RegisterMutation = { __typename?: 'Mutation', register: { __typename?: 'RegisterPayload', accepted: boolean } };

export type VerifyEmailMutationVariables = Exact<{
  token: Scalars['String']['input'];
}>;


export type VerifyEmailMutation = { __typename?: 'Mutation', verifyEmail: boolean };

export type RequestPasswordResetMutationVariables = Exact<{
  email: Scalars['String']['input'];
}>;


export type RequestPasswordResetMutation = { __typename?: 'Mutation', requestPasswordReset: boolean };

export type ResetPasswordMutationVariables = Exact<{
  token: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
}>;


export type ResetPasswordMutation = { __typename?: 'Mutation', resetPassword: boolean };

export type ChangePasswordMutationVariables = Exact<{
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
}>;


export type ChangePasswordMutation = { __typename?: 'Mutation', changePassword: { __typename?: 'ChangePasswordPayload', revokedSessions: number } };

export type EnrollMfaMutationVariables = Exact<{ [key: string]: never; }>;


export type EnrollMfaMutation = { __typename?: 'Mutation', enrollMfa: { __typename?: 'MfaEnrollment', otpauthUri: string, qrCodeDataUrl: string } };

export type ConfirmMfaMutationVariables = Exact<{
  code: Scalars['String']['input'];
}>;


export type ConfirmMfaMutation = { __typename?: 'Mutation', confirmMfa: Array<string> };

export type DisableMfaMutationVariables = Exact<{
  code: Scalars['String']['input'];
}>;


export type DisableMfaMutation = { __typename?: 'Mutation', disableMfa: boolean };

export type ApiKeysQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiKeysQuery = { __typename?: 'Query', me: { __typename?: 'User', id: string, apiKeys: Array<{ __typename?: 'ApiKey', id: string, name: string, maskedKey: string, scopes: Array<string>, rateLimitPerMinute: number, expiresAt: string | null, lastUsedAt: string | null, revokedAt: string | null, createdAt: string }> } | null };

export type CreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type CreateApiKeyMutation = { __typename?: 'Mutation', createApiKey: { __typename?: 'CreatedApiKey', key: string, apiKey: { __typename?: 'ApiKey', id: string, name: string, maskedKey: string, scopes: Array<string>, rateLimitPerMinute: number, expiresAt: string | null, lastUsedAt: string | null, revokedAt: string | null, createdAt: string } } };

export type RevokeApiKeyMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RevokeApiKeyMutation = { __typename?: 'Mutation', revokeApiKey: { __typename?: 'ApiKey', id: string, name: string, maskedKey: string, scopes: Array<string>, rateLimitPerMinute: number, expiresAt: string | null, lastUsedAt: string | null, revokedAt: string | null, createdAt: string } };

export type CreateProfileMutationVariables = Exact<{
  input: ProfileInput;
}>;


export type CreateProfileMutation = { __typename?: 'Mutation', createProfile: { __typename?: 'Profile', id: string, name: string, isKids: boolean, avatarUrl: string | null, parentalControls: { __typename?: 'ParentalControls', enabled: boolean, contentRatingLimit: ContentRatingLevel | null, blockedGenres: Array<string>, hasPin: boolean } | null } };

export type UpdateProfileMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: ProfileInput;
}>;


export type UpdateProfileMutation = { __typename?: 'Mutation', updateProfile: { __typename?: 'Profile', id: string, name: string, isKids: boolean, avatarUrl: string | null, parentalControls: { __typename?: 'ParentalControls', enabled: boolean, contentRatingLimit: ContentRatingLevel | null, blockedGenres: Array<string>, hasPin: boolean } | null } };

export type DeleteProfileMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteProfileMutation = { __typename?: 'Mutation', deleteProfile: boolean };

export type SetParentalControlsMutationVariables = Exact<{
  profileId: Scalars['ID']['input'];
  input: ParentalControlsInput;
  pin?: InputMaybe<Scalars['String']['input']>;
}>;


export type SetParentalControlsMutation = { __typename?: 'Mutation', setParentalControls: { __typename?: 'ParentalControls', enabled: boolean, contentRatingLimit: ContentRatingLevel | null, blockedGenres: Array<string>, viewingStart: string | null, viewingEnd: string | null, timeZone: string | null, hasPin: boolean } };

export type PrivacyConsentsQueryVariables = Exact<{ [key: string]: never; }>;


export type PrivacyConsentsQuery = { __typename?: 'Query', me: { __typename?: 'User', id: string, privacyConsents: Array<{ __typename?: 'Consent', purpose: ConsentPurpose, granted: boolean, policyVersion: string, updatedAt: string }> } | null };

export type UpdatePrivacyConsentsMutationVariables = Exact<{
  input: Array<ConsentInput> | ConsentInput;
}>;


export type UpdatePrivacyConsentsMutation = { __typename?: 'Mutation', updatePrivacyConsents: Array<{ __typename?: 'Consent', purpose: ConsentPurpose, granted: boolean, policyVersion: string, updatedAt: string }> };

export type DevicesQueryVariables = Exact<{ [key: string]: never; }>;


export type DevicesQuery = { __typename?: 'Query', devices: Array<{ __typename?: 'Device', id: string, name: string, type: DeviceType, platform: string, status: DeviceStatus, state: PresenceState | null, lastSeenAt: string | null, capabilities: { __typename?: 'DeviceCapabilities', remoteControllable: boolean, canCast: boolean, canReceiveCast: boolean, maxResolution: string | null }, nowPlaying: { __typename?: 'Title', id: string, name: string } | null }> };

export type DeviceStatusQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeviceStatusQuery = { __typename?: 'Query', device: { __typename?: 'Device', id: string, name: string, type: DeviceType, platform: string, status: DeviceStatus, state: PresenceState | null, lastSeenAt: string | null, capabilities: { __typename?: 'DeviceCapabilities', remoteControllable: boolean, canCast: boolean, canReceiveCast: boolean, maxResolution: string | null }, nowPlaying: { __typename?: 'Title', id: string, name: string } | null } | null };

export type RegisterDeviceMutationVariables = Exact<{
  input: RegisterDeviceInput;
}>;


export type RegisterDeviceMutation = { __typename?: 'Mutation', registerDevice: { __typename?: 'DeviceRegistration', heartbeatIntervalSeconds: number, offlineAfterSeconds: number, device: { __typename?: 'Device', id: string, name: string, type: DeviceType, platform: string, status: DeviceStatus, state: PresenceState | null, lastSeenAt: string | null, capabilities: { __typename?: 'DeviceCapabilities', remoteControllable: boolean, canCast: boolean, canReceiveCast: boolean, maxResolution: string | null }, nowPlaying: { __typename?: 'Title', id: string, name: string } | null } } };

export type RenameDeviceMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  name: Scalars['String']['input'];
}>;


export type RenameDeviceMutation = { __typename?: 'Mutation', renameDevice: { __typename?: 'Device', id: string, name: string, type: DeviceType, platform: string, status: DeviceStatus, state: PresenceState | null, lastSeenAt: string | null, capabilities: { __typename?: 'DeviceCapabilities', remoteControllable: boolean, canCast: boolean, canReceiveCast: boolean, maxResolution: string | null }, nowPlaying: { __typename?: 'Title', id: string, name: string } | null } };

export type RemoveDeviceMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RemoveDeviceMutation = { __typename?: 'Mutation', removeDevice: boolean };

export type HeartbeatMutationVariables = Exact<{
  deviceId: Scalars['ID']['input'];
  state?: InputMaybe<PresenceState>;
  titleId?: InputMaybe<Scalars['ID']['input']>;
  sessionId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type HeartbeatMutation = { __typename?: 'Mutation', heartbeat: { __typename?: 'Heartbeat', nextHeartbeatSeconds: number, reconcile: boolean, device: { __typename?: 'Device', id: string, status: DeviceStatus, state: PresenceState | null } } };

export type PresenceChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type PresenceChangedSubscription = { __typename?: 'Subscription', presenceChanged: { __typename?: 'PresenceChange', kind: PresenceChangeKind, at: string, device: { __typename?: 'Device', id: string, name: string, type: DeviceType, platform: string, status: DeviceStatus, state: PresenceState | null, lastSeenAt: string | null, capabilities: { __typename?: 'DeviceCapabilities', remoteControllable: boolean, canCast: boolean, canReceiveCast: boolean, maxResolution: string | null }, nowPlaying: { __typename?: 'Title', id: string, name: string } | null } } };

export type TitleSummaryFragment = { __typename?: 'Title', id: string, name: string, contentType: ContentType, releaseYear: number | null, genres: Array<Genre>, runtimeMinutes: number | null, averageRating: number | null, contentRating: { __typename?: 'ContentRating', rating: string, minimumAge: number } | null };

export type OfferFieldsFragment = { __typename?: 'Offer', region: string, availabilityType: AvailabilityType, qualityTiers: Array<QualityTier>, availableFrom: string | null, expiresAt: string | null, platform: { __typename?: 'Platform', id: string, name: string }, price: { __typename?: 'Money', amount: number, currency: string } | null, deepLink: { __typename?: 'DeepLink', appUrl: string | null, webUrl: string } };

export type DeviceFieldsFragment = { __typename?: 'Device', id: string, name: string, type: DeviceType, platform: string, status: DeviceStatus, state: PresenceState | null, lastSeenAt: string | null, capabilities: { __typename?: 'DeviceCapabilities', remoteControllable: boolean, canCast: boolean, canReceiveCast: boolean, maxResolution: string | null }, nowPlaying: { __typename?: 'Title', id: string, name: string } | null };

export type PlaybackSessionFieldsFragment = { __typename?: 'PlaybackSession', id: string, deviceId: string, profileId: string, platform: string | null, positionSeconds: number, durationSeconds: number, state: PlaybackState, resumePositionSeconds: number, startedAt: string, updatedAt: string, endedAt: string | null, endReason: string | null, title: { __typename?: 'Title', id: string, name: string } };

export type DeviceCommandFieldsFragment = { __typename?: 'DeviceCommand', id: string, type: CommandType, status: CommandStatus, sourceDeviceId: string | null, targetDeviceId: string, hlc: string, issuedAt: string, expiresAt: string, attempts: number, error: string | null, deduplicated: boolean, params: { __typename?: 'CommandParams', positionSeconds: number | null, sessionId: string | null, level: number | null, muted: boolean | null, profileId: string | null, quality: string | null, language: string | null, title: { __typename?: 'Title', id: string, name: string } | null } };

export type WatchlistEntryFieldsFragment = { __typename?: 'WatchlistEntry', priority: number, reason: string | null, addedAt: string, hlc: string, tags: Array<string>, title: { __typename?: 'Title', id: string, name: string, contentType: ContentType, releaseYear: number | null, genres: Array<Genre>, runtimeMinutes: number | null, averageRating: number | null, contentRating: { __typename?: 'ContentRating', rating: string, minimumAge: number } | null } };

export type ProgressFieldsFragment = { __typename?: 'WatchProgress', positionSeconds: number, durationSeconds: number, completed: boolean, percent: number, deviceId: string, hlc: string, updatedAt: string, title: { __typename?: 'Title', id: string, name: string } };

export type LibraryFieldsFragment = { __typename?: 'Library', profileId: string, cursor: string, watchlist: Array<{ __typename?: 'WatchlistEntry', priority: number, reason: string | null, addedAt: string, hlc: string, tags: Array<string>, title: { __typename?: 'Title', id: string, name: string, contentType: ContentType, releaseYear: number | null, genres: Array<Genre>, runtimeMinutes: number | null, averageRating: number | null, contentRating: { __typename?: 'ContentRating', rating: string, minimumAge: number } | null } }>, progress: Array<{ __typename?: 'WatchProgress', positionSeconds: number, durationSeconds: number, completed: boolean, percent: number, deviceId: string, hlc: string, updatedAt: string, title: { __typename?: 'Title', id: string, name: string } }>, preferences: Array<{ __typename?: 'PreferenceValue', key: string, value: string, deviceId: string, hlc: string, updatedAt: string }> };

export type SyncOperationFieldsFragment = { __typename?: 'SyncOperation', cursor: string, kind: SyncOperationKind, deviceId: string, hlc: string, priority: number | null, reason: string | null, tags: Array<string> | null, positionSeconds: number | null, durationSeconds: number | null, completed: boolean | null, key: string | null, value: string | null, at: string, title: { __typename?: 'Title', id: string, name: string } | null };

export type ApiKeyFieldsFragment = { __typename?: 'ApiKey', id: string, name: string, maskedKey: string, scopes: Array<string>, rateLimitPerMinute: number, expiresAt: string | null, lastUsedAt: string | null, revokedAt: string | null, createdAt: string };

export type ProfileFieldsFragment = { __typename?: 'Profile', id: string, name: string, isKids: boolean, avatarUrl: string | null, parentalControls: { __typename?: 'ParentalControls', enabled: boolean, contentRatingLimit: ContentRatingLevel | null, blockedGenres: Array<string>, hasPin: boolean } | null };

export type LibraryQueryVariables = Exact<{
  profileId: Scalars['ID']['input'];
}>;


export type LibraryQuery = { __typename?: 'Query', library: { __typename?: 'Library', profileId: string, cursor: string, watchlist: Array<{ __typename?: 'WatchlistEntry', priority: number, reason: string | null, addedAt: string, hlc: string, tags: Array<string>, title: { __typename?: 'Title', id: string, name: string, contentType: ContentType, releaseYear: number | null, genres: Array<Genre>, runtimeMinutes: number | null, averageRating: number | null, contentRating: { __typename?: 'ContentRating', rating: string, minimumAge: number } | null } }>, progress: Array<{ __typename?: 'WatchProgress', positionSeconds: number, durationSeconds: number, completed: boolean, percent: number, deviceId: string, hlc: string, updatedAt: string, title: { __typename?: 'Title', id: string, name: string } }>, preferences: Array<{ __typename?: 'PreferenceValue', key: string, value: string, deviceId: string, hlc: string, updatedAt: string }> } };

export type SyncSinceQueryVariables = Exact<{
  profileId: Scalars['ID']['input'];
  cursor?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type SyncSinceQuery = { __typename?: 'Query', syncSince: { __typename?: 'SyncPage', cursor: string, hasMore: boolean, fullStateRequired: boolean, operations: Array<{ __typename?: 'SyncOperation', cursor: string, kind: SyncOperationKind, deviceId: string, hlc: string, priority: number | null, reason: string | null, tags: Array<string> | null, positionSeconds: number | null, durationSeconds: number | null, completed: boolean | null, key: string | null, value: string | null, at: string, title: { __typename?: 'Title', id: string, name: string } | null }> } };

export type AddToWatchlistMutationVariables = Exact<{
  profileId: Scalars['ID']['input'];
  deviceId: Scalars['ID']['input'];
  titleId: Scalars['ID']['input'];
  hlc: Scalars['String']['input'];
  priority?: InputMaybe<Scalars['Int']['input']>;
  reason?: InputMaybe<Scalars['String']['input']>;
}>;


export type AddToWatchlistMutation = { __typename?: 'Mutation', addToWatchlist: { __typename?: 'WatchlistEntry', priority: number, reason: string | null, addedAt: string, hlc: string, tags: Array<string>, title: { __typename?: 'Title', id: string, name: string, contentType: ContentType, releaseYear: number | null, genres: Array<Genre>, runtimeMinutes: number | null, averageRating: number | null, contentRating: { __typename?: 'ContentRating', rating: string, minimumAge: number } | null } } };

export type RemoveFromWatchlistMutationVariables = Exact<{
  profileId: Scalars['ID']['input'];
  deviceId: Scalars['ID']['input'];
  titleId: Scalars['ID']['input'];
  hlc: Scalars['String']['input'];
  tags: Array<Scalars['String']['input']> | Scalars['String']['input'];
}>;


export type RemoveFromWatchlistMutation = { __typename?: 'Mutation', removeFromWatchlist: boolean };

export type ReportProgressMutationVariables = Exact<{
  profileId: Scalars['ID']['input'];
  deviceId: Scalars['ID']['input'];
  titleId: Scalars['ID']['input'];
  hlc: Scalars['String']['input'];
  positionSeconds: Scalars['Float']['input'];
  durationSeconds: Scalars['Float']['input'];
}>;


export type ReportProgressMutation = { __typename?: 'Mutation', reportProgress: { __typename?: 'WatchProgress', positionSeconds: number, durationSeconds: number, completed: boolean, percent: number, deviceId: string, hlc: string, updatedAt: string, title: { __typename?: 'Title', id: string, name: string } } };

export type ApplySyncOperationsMutationVariables = Exact<{
  profileId: Scalars['ID']['input'];
  deviceId: Scalars['ID']['input'];
  operations: Array<SyncOperationInput> | SyncOperationInput;
}>;


export type ApplySyncOperationsMutation = { __typename?: 'Mutation', applySyncOperations: { __typename?: 'SyncResult', applied: number, duplicates: number, ignored: number, cursor: string } };

export type LibraryChangedSubscriptionVariables = Exact<{
  profileId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type LibraryChangedSubscription = { __typename?: 'Subscription', libraryChanged: { __typename?: 'LibraryChange', profileId: string, cursor: string, present: boolean | null, operation: { __typename?: 'SyncOperation', cursor: string, kind: SyncOperationKind, deviceId: string, hlc: string, priority: number | null, reason: string | null, tags: Array<string> | null, positionSeconds: number | null, durationSeconds: number | null, completed: boolean | null, key: string | null, value: string | null, at: string, title: { __typename?: 'Title', id: string, name: string } | null }, watchlistEntry: { __typename?: 'WatchlistEntry', priority: number, reason: string | null, addedAt: string, hlc: string, tags: Array<string>, title: { __typename?: 'Title', id: string, name: string, contentType: ContentType, releaseYear: number | null, genres: Array<Genre>, runtimeMinutes: number | null, averageRating: number | null, contentRating: { __typename?: 'ContentRating', rating: string, minimumAge: number } | null } } | null, progress: { __typename?: 'WatchProgress', positionSeconds: number, durationSeconds: number, completed: boolean, percent: number, deviceId: string, hlc: string, updatedAt: string, title: { __typename?: 'Title', id: string, name: string } } | null } };

export type InitiatePlaybackMutationVariables = Exact<{
  input: InitiatePlaybackInput;
}>;


export type InitiatePlaybackMutation = { __typename?: 'Mutation', initiatePlayback: { __typename?: 'PlaybackLaunch', platform: string, deepLink: string | null, webFallback: string, resumePositionSeconds: number, session: { __typename?: 'PlaybackSession', id: string, deviceId: string, profileId: string, platform: string | null, positionSeconds: number, durationSeconds: number, state: PlaybackState, resumePositionSeconds: number, startedAt: string, updatedAt: string, endedAt: string | null, endReason: string | null, title: { __typename?: 'Title', id: string, name: string } } } };

export type SendDeviceCommandMutationVariables = Exact<{
  input: DeviceCommandInput;
}>;


export type SendDeviceCommandMutation = { __typename?: 'Mutation', sendDeviceCommand: { __typename?: 'DeviceCommand', id: string, type: CommandType, status: CommandStatus, sourceDeviceId: string | null, targetDeviceId: string, hlc: string, issuedAt: string, expiresAt: string, attempts: number, error: string | null, deduplicated: boolean, params: { __typename?: 'CommandParams', positionSeconds: number | null, sessionId: string | null, level: number | null, muted: boolean | null, profileId: string | null, quality: string | null, language: string | null, title: { __typename?: 'Title', id: string, name: string } | null } } };

export type HandoffPlaybackMutationVariables = Exact<{
  sessionId: Scalars['ID']['input'];
  toDeviceId: Scalars['ID']['input'];
}>;


export type HandoffPlaybackMutation = { __typename?: 'Mutation', handoffPlayback: { __typename?: 'PlaybackHandoff', loadCommandId: string, stopCommandId: string | null, session: { __typename?: 'PlaybackSession', id: string, deviceId: string, profileId: string, platform: string | null, positionSeconds: number, durationSeconds: number, state: PlaybackState, resumePositionSeconds: number, startedAt: string, updatedAt: string, endedAt: string | null, endReason: string | null, title: { __typename?: 'Title', id: string, name: string } }, previousSession: { __typename?: 'PlaybackSession', id: string, deviceId: string, profileId: string, platform: string | null, positionSeconds: number, durationSeconds: number, state: PlaybackState, resumePositionSeconds: number, startedAt: string, updatedAt: string, endedAt: string | null, endReason: string | null, title: { __typename?: 'Title', id: string, name: string } } } };

export type PlaybackSessionsQueryVariables = Exact<{
  activeOnly?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type PlaybackSessionsQuery = { __typename?: 'Query', playbackSessions: Array<{ __typename?: 'PlaybackSession', id: string, deviceId: string, profileId: string, platform: string | null, positionSeconds: number, durationSeconds: number, state: PlaybackState, resumePositionSeconds: number, startedAt: string, updatedAt: string, endedAt: string | null, endReason: string | null, title: { __typename?: 'Title', id: string, name: string } }> };

export type DeviceCommandStatusQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeviceCommandStatusQuery = { __typename?: 'Query', deviceCommand: { __typename?: 'DeviceCommand', id: string, type: CommandType, status: CommandStatus, sourceDeviceId: string | null, targetDeviceId: string, hlc: string, issuedAt: string, expiresAt: string, attempts: number, error: string | null, deduplicated: boolean, params: { __typename?: 'CommandParams', positionSeconds: number | null, sessionId: string | null, level: number | null, muted: boolean | null, profileId: string | null, quality: string | null, language: string | null, title: { __typename?: 'Title', id: string, name: string } | null } } | null };

export type AcknowledgeCommandMutationVariables = Exact<{
  deviceId: Scalars['ID']['input'];
  commandId: Scalars['ID']['input'];
  status: CommandAckStatus;
  error?: InputMaybe<Scalars['String']['input']>;
}>;


export type AcknowledgeCommandMutation = { __typename?: 'Mutation', acknowledgeCommand: { __typename?: 'DeviceCommand', id: string, type: CommandType, status: CommandStatus, sourceDeviceId: string | null, targetDeviceId: string, hlc: string, issuedAt: string, expiresAt: string, attempts: number, error: string | null, deduplicated: boolean, params: { __typename?: 'CommandParams', positionSeconds: number | null, sessionId: string | null, level: number | null, muted: boolean | null, profileId: string | null, quality: string | null, language: string | null, title: { __typename?: 'Title', id: string, name: string } | null } } };

export type DeviceCommandsSubscriptionVariables = Exact<{
  deviceId: Scalars['ID']['input'];
}>;


export type DeviceCommandsSubscription = { __typename?: 'Subscription', deviceCommands: { __typename?: 'DeviceCommand', id: string, type: CommandType, status: CommandStatus, sourceDeviceId: string | null, targetDeviceId: string, hlc: string, issuedAt: string, expiresAt: string, attempts: number, error: string | null, deduplicated: boolean, params: { __typename?: 'CommandParams', positionSeconds: number | null, sessionId: string | null, level: number | null, muted: boolean | null, profileId: string | null, quality: string | null, language: string | null, title: { __typename?: 'Title', id: string, name: string } | null } } };

export type CommandStatusChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type CommandStatusChangedSubscription = { __typename?: 'Subscription', commandStatusChanged: { __typename?: 'DeviceCommand', id: string, type: CommandType, status: CommandStatus, sourceDeviceId: string | null, targetDeviceId: string, hlc: string, issuedAt: string, expiresAt: string, attempts: number, error: string | null, deduplicated: boolean, params: { __typename?: 'CommandParams', positionSeconds: number | null, sessionId: string | null, level: number | null, muted: boolean | null, profileId: string | null, quality: string | null, language: string | null, title: { __typename?: 'Title', id: string, name: string } | null } } };

export type PlaybackSessionChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type PlaybackSessionChangedSubscription = { __typename?: 'Subscription', playbackSessionChanged: { __typename?: 'PlaybackSessionChange', kind: PlaybackSessionChangeKind, at: string, session: { __typename?: 'PlaybackSession', id: string, deviceId: string, profileId: string, platform: string | null, positionSeconds: number, durationSeconds: number, state: PlaybackState, resumePositionSeconds: number, startedAt: string, updatedAt: string, endedAt: string | null, endReason: string | null, title: { __typename?: 'Title', id: string, name: string } } } };

export type RecommendationsQueryVariables = Exact<{
  profileId: Scalars['ID']['input'];
  context?: InputMaybe<RecommendationContext>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type RecommendationsQuery = { __typename?: 'Query', profile: { __typename?: 'Profile', id: string, recommendations: { __typename?: 'RecommendationList', personalized: boolean, fallback: RecommendationFallback | null, reason: string | null, generatedAt: string, ttlSeconds: number, experiment: { __typename?: 'ExperimentExposure', name: string, variant: string } | null, items: Array<{ __typename?: 'Recommendation', score: number, confidence: number, kind: RecommendationKind, explanation: string, basedOn: Array<{ __typename?: 'Title', id: string, name: string }>, title: { __typename?: 'Title', id: string, name: string, contentType: ContentType, releaseYear: number | null, genres: Array<Genre>, runtimeMinutes: number | null, averageRating: number | null, contentRating: { __typename?: 'ContentRating', rating: string, minimumAge: number } | null } }> } } | null };

export type BecauseYouWatchedQueryVariables = Exact<{
  titleId: Scalars['ID']['input'];
  region?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type BecauseYouWatchedQuery = { __typename?: 'Query', title: { __typename?: 'Title', id: string, name: string, becauseYouWatched: Array<{ __typename?: 'Recommendation', score: number, kind: RecommendationKind, explanation: string, title: { __typename?: 'Title', id: string, name: string, contentType: ContentType, releaseYear: number | null, genres: Array<Genre>, runtimeMinutes: number | null, averageRating: number | null, availability: Array<{ __typename?: 'Offer', region: string, availabilityType: AvailabilityType, qualityTiers: Array<QualityTier>, availableFrom: string | null, expiresAt: string | null, platform: { __typename?: 'Platform', id: string, name: string }, price: { __typename?: 'Money', amount: number, currency: string } | null, deepLink: { __typename?: 'DeepLink', appUrl: string | null, webUrl: string } }>, contentRating: { __typename?: 'ContentRating', rating: string, minimumAge: number } | null } }> } | null };

export type RateTitleMutationVariables = Exact<{
  profileId: Scalars['ID']['input'];
  titleId: Scalars['ID']['input'];
  rating: Scalars['Int']['input'];
}>;


export type RateTitleMutation = { __typename?: 'Mutation', rateTitle: boolean };

export type DismissRecommendationMutationVariables = Exact<{
  profileId: Scalars['ID']['input'];
  titleId: Scalars['ID']['input'];
}>;


export type DismissRecommendationMutation = { __typename?: 'Mutation', dismissRecommendation: boolean };

export type SemanticSearchQueryVariables = Exact<{
  query: Scalars['String']['input'];
  filters?: InputMaybe<SearchFilter>;
  region?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type SemanticSearchQuery = { __typename?: 'Query', search: { __typename?: 'SearchResults', totalCount: number, trending: boolean, pageInfo: { __typename?: 'SearchPageInfo', hasNextPage: boolean, endCursor: string | null }, parsed: { __typename?: 'ParsedQuery', kind: QueryKind, genres: Array<Genre>, moods: Array<string>, contentTypes: Array<ContentType>, platforms: Array<string>, references: Array<string>, yearRange: { __typename?: 'IntBounds', min: number | null, max: number | null } | null }, correction: { __typename?: 'SpellingCorrection', original: string, corrected: string } | null, warnings: Array<{ __typename?: 'SearchWarning', code: SearchWarningCode, message: string }>, hits: Array<{ __typename?: 'SearchHit', score: number, primaryReason: { __typename?: 'MatchReason', kind: MatchReasonKind, text: string } | null, title: { __typename?: 'Title', overview: string | null, id: string, name: string, contentType: ContentType, releaseYear: number | null, genres: Array<Genre>, runtimeMinutes: number | null, averageRating: number | null, availability: Array<{ __typename?: 'Offer', region: string, availabilityType: AvailabilityType, qualityTiers: Array<QualityTier>, availableFrom: string | null, expiresAt: string | null, platform: { __typename?: 'Platform', id: string, name: string }, price: { __typename?: 'Money', amount: number, currency: string } | null, deepLink: { __typename?: 'DeepLink', appUrl: string | null, webUrl: string } }>, contentRating: { __typename?: 'ContentRating', rating: string, minimumAge: number } | null } }> } };

export type ProfileSearchQueryVariables = Exact<{
  profileId: Scalars['ID']['input'];
  query: Scalars['String']['input'];
  filters?: InputMaybe<SearchFilter>;
  region?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ProfileSearchQuery = { __typename?: 'Query', profile: { __typename?: 'Profile', id: string, name: string, search: { __typename?: 'SearchResults', totalCount: number, trending: boolean, hits: Array<{ __typename?: 'SearchHit', score: number, primaryReason: { __typename?: 'MatchReason', kind: MatchReasonKind, text: string } | null, title: { __typename?: 'Title', id: string, name: string, contentType: ContentType, releaseYear: number | null, genres: Array<Genre>, runtimeMinutes: number | null, averageRating: number | null, availability: Array<{ __typename?: 'Offer', region: string, availabilityType: AvailabilityType, qualityTiers: Array<QualityTier>, availableFrom: string | null, expiresAt: string | null, platform: { __typename?: 'Platform', id: string, name: string }, price: { __typename?: 'Money', amount: number, currency: string } | null, deepLink: { __typename?: 'DeepLink', appUrl: string | null, webUrl: string } }>, contentRating: { __typename?: 'ContentRating', rating: string, minimumAge: number } | null } }> } } | null };

export type AutocompleteQueryVariables = Exact<{
  prefix: Scalars['String']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type AutocompleteQuery = { __typename?: 'Query', autocomplete: Array<{ __typename?: 'AutocompleteSuggestion', text: string, kind: SuggestionKind, genre: Genre | null, weight: number, title: { __typename?: 'Title', id: string, name: string, releaseYear: number | null } | null }> };

export type TitleDetailsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  region?: InputMaybe<Scalars['String']['input']>;
  similar?: InputMaybe<Scalars['Int']['input']>;
}>;


export type TitleDetailsQuery = { __typename?: 'Query', title: { __typename?: 'Title', originalName: string | null, originalLanguage: string | null, overview: string | null, releaseDate: string | null, directors: Array<string>, popularity: number, voteCount: number, id: string, name: string, contentType: ContentType, releaseYear: number | null, genres: Array<Genre>, runtimeMinutes: number | null, averageRating: number | null, credits: Array<{ __typename?: 'Credit', name: string, role: CreditRole, job: string | null }>, externalIds: { __typename?: 'ExternalIds', imdb: string | null, tmdbMovie: string | null, tmdbTv: string | null }, availability: Array<{ __typename?: 'Offer', region: string, availabilityType: AvailabilityType, qualityTiers: Array<QualityTier>, availableFrom: string | null, expiresAt: string | null, platform: { __typename?: 'Platform', id: string, name: string }, price: { __typename?: 'Money', amount: number, currency: string } | null, deepLink: { __typename?: 'DeepLink', appUrl: string | null, webUrl: string } }>, similar: Array<{ __typename?: 'SearchHit', score: number, title: { __typename?: 'Title', id: string, name: string, contentType: ContentType, releaseYear: number | null, genres: Array<Genre>, runtimeMinutes: number | null, averageRating: number | null, contentRating: { __typename?: 'ContentRating', rating: string, minimumAge: number } | null } }>, contentRating: { __typename?: 'ContentRating', rating: string, minimumAge: number } | null } | null };

export type TitleAvailabilityQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  region?: InputMaybe<Scalars['String']['input']>;
}>;


export type TitleAvailabilityQuery = { __typename?: 'Query', title: { __typename?: 'Title', id: string, name: string, availability: Array<{ __typename?: 'Offer', region: string, availabilityType: AvailabilityType, qualityTiers: Array<QualityTier>, availableFrom: string | null, expiresAt: string | null, platform: { __typename?: 'Platform', id: string, name: string }, price: { __typename?: 'Money', amount: number, currency: string } | null, deepLink: { __typename?: 'DeepLink', appUrl: string | null, webUrl: string } }> } | null };

export type SimilarTitlesQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  region?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type SimilarTitlesQuery = { __typename?: 'Query', title: { __typename?: 'Title', id: string, name: string, similar: Array<{ __typename?: 'SearchHit', score: number, primaryReason: { __typename?: 'MatchReason', kind: MatchReasonKind, text: string } | null, title: { __typename?: 'Title', id: string, name: string, contentType: ContentType, releaseYear: number | null, genres: Array<Genre>, runtimeMinutes: number | null, averageRating: number | null, availability: Array<{ __typename?: 'Offer', region: string, availabilityType: AvailabilityType, qualityTiers: Array<QualityTier>, availableFrom: string | null, expiresAt: string | null, platform: { __typename?: 'Platform', id: string, name: string }, price: { __typename?: 'Money', amount: number, currency: string } | null, deepLink: { __typename?: 'DeepLink', appUrl: string | null, webUrl: string } }>, contentRating: { __typename?: 'ContentRating', rating: string, minimumAge: number } | null } }> } | null };

export type DiscoverTitlesQueryVariables = Exact<{
  filter?: InputMaybe<TitleFilter>;
  orderBy?: InputMaybe<TitleOrder>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type DiscoverTitlesQuery = { __typename?: 'Query', titles: { __typename?: 'TitleConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'TitleEdge', node: { __typename?: 'Title', id: string, name: string, contentType: ContentType, releaseYear: number | null, genres: Array<Genre>, runtimeMinutes: number | null, averageRating: number | null, contentRating: { __typename?: 'ContentRating', rating: string, minimumAge: number } | null } }> } };

export type GenresQueryVariables = Exact<{ [key: string]: never; }>;


export type GenresQuery = { __typename?: 'Query', genres: Array<{ __typename?: 'GenreCount', genre: Genre, titleCount: number }> };

export type PlatformsQueryVariables = Exact<{
  region?: InputMaybe<Scalars['String']['input']>;
}>;


export type PlatformsQuery = { __typename?: 'Query', platforms: Array<{ __typename?: 'Platform', id: string, name: string, regions: Array<string>, worldwide: boolean }> };

export type AvailabilityChangedSubscriptionVariables = Exact<{
  titleIds: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
  region?: InputMaybe<Scalars['String']['input']>;
}>;


export type AvailabilityChangedSubscription = { __typename?: 'Subscription', availabilityChanged: { __typename?: 'AvailabilityChange', at: string, titles: Array<{ __typename?: 'Title', id: string, name: string, availability: Array<{ __typename?: 'Offer', region: string, availabilityType: AvailabilityType, qualityTiers: Array<QualityTier>, availableFrom: string | null, expiresAt: string | null, platform: { __typename?: 'Platform', id: string, name: string }, price: { __typename?: 'Money', amount: number, currency: string } | null, deepLink: { __typename?: 'DeepLink', appUrl: string | null, webUrl: string } }> }> } };

export type ContinueWatchingQueryVariables = Exact<{
  profileId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ContinueWatchingQuery = { __typename?: 'Query', continueWatching: Array<{ __typename?: 'ContinueWatchingItem', positionSeconds: number, durationSeconds: number, percent: number, lastWatchedAt: string, deviceId: string | null, title: { __typename?: 'Title', id: string, name: string, contentType: ContentType, releaseYear: number | null, genres: Array<Genre>, runtimeMinutes: number | null, averageRating: number | null, contentRating: { __typename?: 'ContentRating', rating: string, minimumAge: number } | null } }> };

export type WatchHistoryQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type WatchHistoryQuery = { __typename?: 'Query', watchHistory: { __typename?: 'WatchHistoryConnection', pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'WatchHistoryEdge', node: { __typename?: 'WatchHistoryEntry', watchedAt: string, positionSeconds: number, durationSeconds: number, completed: boolean, deviceId: string | null, title: { __typename?: 'Title', id: string, name: string } } }> } };


export const AcknowledgeCommand: TypedOperation<AcknowledgeCommandMutation, AcknowledgeCommandMutationVariables> = {"id":"13edea4c261b66af4b4cdd3446f5dc906c67e9c2cbc7aed93312bb4d1c0d17c1","name":"AcknowledgeCommand","type":"mutation","body":"# The target device reports progress on a command: RECEIVED, EXECUTING, then COMPLETED or FAILED.\nmutation AcknowledgeCommand($deviceId: ID!, $commandId: ID!, $status: CommandAckStatus!, $error: String) {\n  acknowledgeCommand(deviceId: $deviceId, commandId: $commandId, status: $status, error: $error) {\n    ...DeviceCommandFields\n  }\n}\n\nfragment DeviceCommandFields on DeviceCommand {\n  id\n  type\n  status\n  sourceDeviceId\n  targetDeviceId\n  params {\n    positionSeconds\n    sessionId\n    level\n    muted\n    profileId\n    quality\n    language\n    title {\n      id\n      name\n    }\n  }\n  hlc\n  issuedAt\n  expiresAt\n  attempts\n  error\n  deduplicated\n}\n"};
export const AddToWatchlist: TypedOperation<AddToWatchlistMutation, AddToWatchlistMutationVariables> = {"id":"cbb0fe03de1336d2129b41d604d90eca28b017b406da424e15af6ac7070b883b","name":"AddToWatchlist","type":"mutation","body":"# Adds a title to a profile's watchlist from one of the user's devices; the hybrid-logical-clock timestamp becomes\n# the add's tag.\nmutation AddToWatchlist($profileId: ID!, $deviceId: ID!, $titleId: ID!, $hlc: String!, $priority: Int = 0, $reason: String) {\n  addToWatchlist(profileId: $profileId, deviceId: $deviceId, titleId: $titleId, hlc: $hlc, priority: $priority, reason: $reason) {\n    ...WatchlistEntryFields\n  }\n}\n\nfragment TitleSummary on Title {\n  id\n  name\n  contentType\n  releaseYear\n  genres\n  runtimeMinutes\n  averageRating\n  contentRating {\n    rating\n    minimumAge\n  }\n}\n\nfragment WatchlistEntryFields on WatchlistEntry {\n  title {\n    ...TitleSummary\n  }\n  priority\n  reason\n  addedAt\n  hlc\n  tags\n}\n"};
export const ApiKeys: TypedOperation<ApiKeysQuery, ApiKeysQueryVariables> = {"id":"8c13a3eca4f54032420f08380e1a6a76823a2fa1170e4221e5783f9f3832df68","name":"ApiKeys","type":"query","body":"# The signed-in user's API keys (masked) and their scopes, limits and use.\nquery ApiKeys {\n  me {\n    id\n    apiKeys {\n      ...ApiKeyFields\n    }\n  }\n}\n\nfragment ApiKeyFields on ApiKey {\n  id\n  name\n  maskedKey\n  scopes\n  rateLimitPerMinute\n  expiresAt\n  lastUsedAt\n  revokedAt\n  createdAt\n}\n"};
export const ApplySyncOperations: TypedOperation<ApplySyncOperationsMutation, ApplySyncOperationsMutationVariables> = {"id":"060121a16a201a2cbcdb361fa13811ac186d1286adc50aec540b804ddd32f895","name":"ApplySyncOperations","type":"mutation","body":"# Applies the operations a device queued while offline (1–100 per call), in clock order, in one transaction.\nmutation ApplySyncOperations($profileId: ID!, $deviceId: ID!, $operations: [SyncOperationInput!]!) {\n  applySyncOperations(profileId: $profileId, deviceId: $deviceId, operations: $operations) {\n    applied\n    duplicates\n    ignored\n    cursor\n  }\n}\n"};
export const Autocomplete: TypedOperation<AutocompleteQuery, AutocompleteQueryVariables> = {"id":"8b8a979e61ce902f0519370173b20a335df4d5cf554256ceda0a286be9bc68c0","name":"Autocomplete","type":"query","body":"# Suggests titles, people and genres for what the user has typed so far (at least 2 characters).\n# @tool autocomplete\n# @action search\nquery Autocomplete($prefix: String!, $first: Int = 10) {\n  autocomplete(prefix: $prefix, first: $first) {\n    text\n    kind\n    genre\n    weight\n    title {\n      id\n      name\n      releaseYear\n    }\n  }\n}\n"};
export const AvailabilityChanged: TypedOperation<AvailabilityChangedSubscription, AvailabilityChangedSubscriptionVariables> = {"id":"01fc5c378a4553740eaf619f9cb8feed9c72dda29858fcda4ea9ce9830614373","name":"AvailabilityChanged","type":"subscription","body":"# Events each time an import changes where one of the given titles can be watched (1–100 title ids).\nsubscription AvailabilityChanged($titleIds: [ID!]!, $region: String = \"US\") {\n  availabilityChanged(titleIds: $titleIds) {\n    at\n    titles {\n      id\n      name\n      availability(region: $region) {\n        ...OfferFields\n      }\n    }\n  }\n}\n\nfragment OfferFields on Offer {\n  platform {\n    id\n    name\n  }\n  region\n  availabilityType\n  price {\n    amount\n    currency\n  }\n  qualityTiers\n  availableFrom\n  expiresAt\n  deepLink {\n    appUrl\n    webUrl\n  }\n}\n"};
export const BecauseYouWatched: TypedOperation<BecauseYouWatchedQuery, BecauseYouWatchedQueryVariables> = {"id":"5b2e5734f6651850beb3ffdd8a7f6f9b2de5ef13e599d17b7a05b6d965b3cb09","name":"BecauseYouWatched","type":"query","body":"# Titles people who watched this one also liked, and titles with the same director, cast or genres and era (no\n# personal data), with where each streams in the region.\n# @tool because_you_watched\n# @action recommend\nquery BecauseYouWatched($titleId: ID!, $region: String = \"US\", $first: Int = 5) {\n  title(id: $titleId) {\n    id\n    name\n    becauseYouWatched(first: $first, region: $region) {\n      score\n      kind\n      explanation\n      title {\n        ...TitleSummary\n        availability(region: $region) {\n          ...OfferFields\n        }\n      }\n    }\n  }\n}\n\nfragment OfferFields on Offer {\n  platform {\n    id\n    name\n  }\n  region\n  availabilityType\n  price {\n    amount\n    currency\n  }\n  qualityTiers\n  availableFrom\n  expiresAt\n  deepLink {\n    appUrl\n    webUrl\n  }\n}\n\nfragment TitleSummary on Title {\n  id\n  name\n  contentType\n  releaseYear\n  genres\n  runtimeMinutes\n  averageRating\n  contentRating {\n    rating\n    minimumAge\n  }\n}\n"};
export const ChangePassword: TypedOperation<ChangePasswordMutation, ChangePasswordMutationVariables> = {"id":"2d331bc8cb6fec18ff870d1d9a34bd00137a49a0b0ad77efcb0481845a81c185","name":"ChangePassword","type":"mutation","body":"# Changes the signed-in user's password; every other session is signed out.\nmutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n  changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n    revokedSessions\n  }\n}\n"};
export const CommandStatusChanged: TypedOperation<CommandStatusChangedSubscription, CommandStatusChangedSubscriptionVariables> = {"id":"dec5783326a96a37fc6ed1169f7b75b60a26620a898cb276468cde176fc5b9d6","name":"CommandStatusChanged","type":"subscription","body":"# The status of commands the user sent as the target devices acknowledge them.\nsubscription CommandStatusChanged {\n  commandStatusChanged {\n    ...DeviceCommandFields\n  }\n}\n\nfragment DeviceCommandFields on DeviceCommand {\n  id\n  type\n  status\n  sourceDeviceId\n  targetDeviceId\n  params {\n    positionSeconds\n    sessionId\n    level\n    muted\n    profileId\n    quality\n    language\n    title {\n      id\n      name\n    }\n  }\n  hlc\n  issuedAt\n  expiresAt\n  attempts\n  error\n  deduplicated\n}\n"};
export const ConfirmMfa: TypedOperation<ConfirmMfaMutation, ConfirmMfaMutationVariables> = {"id":"7db5cb12db25fcb9df1de0848073bac8c50c1e69453124037aa22c28a3ce2b10","name":"ConfirmMfa","type":"mutation","body":"# Confirms two-factor enrolment with a current code; returns the single-use backup codes, shown once.\nmutation ConfirmMfa($code: String!) {\n  confirmMfa(code: $code)\n}\n"};
export const ContinueWatching: TypedOperation<ContinueWatchingQuery, ContinueWatchingQueryVariables> = {"id":"4614acbac26e9945281f7b077ed37a7a94ebb068376b629b71c7b1549faf9fad","name":"ContinueWatching","type":"query","body":"# The \"continue watching\" row of one of the user's profiles: titles started and not finished, newest first,\n# merged across devices, with how far in each one is.\n# @tool continue_watching\n# @action watchlist\nquery ContinueWatching($profileId: ID!, $first: Int = 20) {\n  continueWatching(profileId: $profileId, first: $first) {\n    positionSeconds\n    durationSeconds\n    percent\n    lastWatchedAt\n    deviceId\n    title {\n      ...TitleSummary\n    }\n  }\n}\n\nfragment TitleSummary on Title {\n  id\n  name\n  contentType\n  releaseYear\n  genres\n  runtimeMinutes\n  averageRating\n  contentRating {\n    rating\n    minimumAge\n  }\n}\n"};
export const CreateApiKey: TypedOperation<CreateApiKeyMutation, CreateApiKeyMutationVariables> = {"id":"6d1f803d1456b754231efea25ba66b8a2582ed3d2f74b8d291364e374ca1727d","name":"CreateApiKey","type":"mutation","body":"# Creates an API key for the signed-in user; the key itself is in this answer only.\nmutation CreateApiKey($input: CreateApiKeyInput!) {\n  createApiKey(input: $input) {\n    key\n    apiKey {\n      ...ApiKeyFields\n    }\n  }\n}\n\nfragment ApiKeyFields on ApiKey {\n  id\n  name\n  maskedKey\n  scopes\n  rateLimitPerMinute\n  expiresAt\n  lastUsedAt\n  revokedAt\n  createdAt\n}\n"};
export const CreateProfile: TypedOperation<CreateProfileMutation, CreateProfileMutationVariables> = {"id":"bfd3103d626a78fa5a9697ad92d063e20ea7e39ac1d012e5f9336ae6eedd8583","name":"CreateProfile","type":"mutation","body":"# Adds a profile to the signed-in user's household.\nmutation CreateProfile($input: ProfileInput!) {\n  createProfile(input: $input) {\n    ...ProfileFields\n  }\n}\n\nfragment ProfileFields on Profile {\n  id\n  name\n  isKids\n  avatarUrl\n  parentalControls {\n    enabled\n    contentRatingLimit\n    blockedGenres\n    hasPin\n  }\n}\n"};
export const DeleteProfile: TypedOperation<DeleteProfileMutation, DeleteProfileMutationVariables> = {"id":"b43134de3910d937ae65c216cecb753227651f3b6369ecf2a323ac8c0b6a2612","name":"DeleteProfile","type":"mutation","body":"# Deletes one of the household's profiles.\nmutation DeleteProfile($id: ID!) {\n  deleteProfile(id: $id)\n}\n"};
export const DeviceCommands: TypedOperation<DeviceCommandsSubscription, DeviceCommandsSubscriptionVariables> = {"id":"baded9c1957bef38ab3f78da21238e6cc7b3b759811281a66910cd34a18e6c21","name":"DeviceCommands","type":"subscription","body":"# Commands sent to this device as they are issued (re-delivered while unacknowledged: deduplicate by id).\nsubscription DeviceCommands($deviceId: ID!) {\n  deviceCommands(deviceId: $deviceId) {\n    ...DeviceCommandFields\n  }\n}\n\nfragment DeviceCommandFields on DeviceCommand {\n  id\n  type\n  status\n  sourceDeviceId\n  targetDeviceId\n  params {\n    positionSeconds\n    sessionId\n    level\n    muted\n    profileId\n    quality\n    language\n    title {\n      id\n      name\n    }\n  }\n  hlc\n  issuedAt\n  expiresAt\n  attempts\n  error\n  deduplicated\n}\n"};
export const DeviceCommandStatus: TypedOperation<DeviceCommandStatusQuery, DeviceCommandStatusQueryVariables> = {"id":"b8681c073ddfc7d12985a7acd27fe7385c34b3b181f98f9b8b7c26fb9eb87550","name":"DeviceCommandStatus","type":"query","body":"# A remote command the user sent, and how far the target device has got with it.\n# @tool get_command_status\n# @action playback\nquery DeviceCommandStatus($id: ID!) {\n  deviceCommand(id: $id) {\n    ...DeviceCommandFields\n  }\n}\n\nfragment DeviceCommandFields on DeviceCommand {\n  id\n  type\n  status\n  sourceDeviceId\n  targetDeviceId\n  params {\n    positionSeconds\n    sessionId\n    level\n    muted\n    profileId\n    quality\n    language\n    title {\n      id\n      name\n    }\n  }\n  hlc\n  issuedAt\n  expiresAt\n  attempts\n  error\n  deduplicated\n}\n"};
export const Devices: TypedOperation<DevicesQuery, DevicesQueryVariables> = {"id":"858b1a8dc3e7e02939c572180684a70edf6cd338c7cfe2d8f4fbe0369e2e7d5c","name":"Devices","type":"query","body":"# The signed-in user's devices with their live presence: online or offline, what each is doing and playing, and\n# whether it can be controlled remotely or receive a cast.\n# @tool list_devices\n# @action devices\nquery Devices {\n  devices {\n    ...DeviceFields\n  }\n}\n\nfragment DeviceFields on Device {\n  id\n  name\n  type\n  platform\n  status\n  state\n  lastSeenAt\n  capabilities {\n    remoteControllable\n    canCast\n    canReceiveCast\n    maxResolution\n  }\n  nowPlaying {\n    id\n    name\n  }\n}\n"};
export const DeviceStatus: TypedOperation<DeviceStatusQuery, DeviceStatusQueryVariables> = {"id":"6e0f002ecc09006c6268a4cf87036bc96806a11d40fde5e00ac54989b6da6556","name":"DeviceStatus","type":"query","body":"# One of the user's devices and its live presence.\n# @tool get_device_status\n# @action devices\nquery DeviceStatus($id: ID!) {\n  device(id: $id) {\n    ...DeviceFields\n  }\n}\n\nfragment DeviceFields on Device {\n  id\n  name\n  type\n  platform\n  status\n  state\n  lastSeenAt\n  capabilities {\n    remoteControllable\n    canCast\n    canReceiveCast\n    maxResolution\n  }\n  nowPlaying {\n    id\n    name\n  }\n}\n"};
export const DisableMfa: TypedOperation<DisableMfaMutation, DisableMfaMutationVariables> = {"id":"1d6a550c43d75768389d2c0f93196420384dfeca32e3ec11cb28c23fbf7ab457","name":"DisableMfa","type":"mutation","body":"# Turns two-factor sign-in off with a current code.\nmutation DisableMfa($code: String!) {\n  disableMfa(code: $code)\n}\n"};
export const DiscoverTitles: TypedOperation<DiscoverTitlesQuery, DiscoverTitlesQueryVariables> = {"id":"b52b2a628101fa06b70b6a8fa23484bad3639952a7a9446714c5ee89448a34f1","name":"DiscoverTitles","type":"query","body":"# Browses the catalogue without a search phrase: titles matching every given filter (genres, type, years, rating,\n# runtime, platforms available in a region), ordered by popularity, release date, rating or name, a page at a time.\n# @tool discover_content\n# @action search\nquery DiscoverTitles($filter: TitleFilter, $orderBy: TitleOrder = POPULARITY, $first: Int = 20, $after: String) {\n  titles(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        ...TitleSummary\n      }\n    }\n  }\n}\n\nfragment TitleSummary on Title {\n  id\n  name\n  contentType\n  releaseYear\n  genres\n  runtimeMinutes\n  averageRating\n  contentRating {\n    rating\n    minimumAge\n  }\n}\n"};
export const DismissRecommendation: TypedOperation<DismissRecommendationMutation, DismissRecommendationMutationVariables> = {"id":"aaea18042f42bdab6c4dc455e6b9bdad8886ae48f7389632848218c6fb2fd579","name":"DismissRecommendation","type":"mutation","body":"# \"Not interested\": the title is no longer recommended to the profile.\n# @tool dismiss_recommendation\n# @action recommend\nmutation DismissRecommendation($profileId: ID!, $titleId: ID!) {\n  dismissRecommendation(profileId: $profileId, titleId: $titleId)\n}\n"};
export const EnrollMfa: TypedOperation<EnrollMfaMutation, EnrollMfaMutationVariables> = {"id":"248490cc07004ab843cbf461d269fec90049df87585d56810bdd60e8977ffaf3","name":"EnrollMfa","type":"mutation","body":"# Starts two-factor enrolment: the authenticator URI and its QR code.\nmutation EnrollMfa {\n  enrollMfa {\n    otpauthUri\n    qrCodeDataUrl\n  }\n}\n"};
export const Genres: TypedOperation<GenresQuery, GenresQueryVariables> = {"id":"1e50ada7c0e2683016a34f424123db45d9f1153351f0a7ffe4029aa4234afb26","name":"Genres","type":"query","body":"# Every genre with the number of catalogue titles in it.\n# @tool get_genres\n# @action search\nquery Genres {\n  genres {\n    genre\n    titleCount\n  }\n}\n"};
export const HandoffPlayback: TypedOperation<HandoffPlaybackMutation, HandoffPlaybackMutationVariables> = {"id":"9252ce78752c3ab76c0022d43af48d432e49ed977dbadb938f38d6a8f9a8fac1","name":"HandoffPlayback","type":"mutation","body":"# Moves a playing session to another of the user's online devices at the same position.\n# @tool handoff_playback\n# @action playback\nmutation HandoffPlayback($sessionId: ID!, $toDeviceId: ID!) {\n  handoffPlayback(sessionId: $sessionId, toDeviceId: $toDeviceId) {\n    loadCommandId\n    stopCommandId\n    session {\n      ...PlaybackSessionFields\n    }\n    previousSession {\n      ...PlaybackSessionFields\n    }\n  }\n}\n\nfragment PlaybackSessionFields on PlaybackSession {\n  id\n  deviceId\n  profileId\n  platform\n  positionSeconds\n  durationSeconds\n  state\n  resumePositionSeconds\n  startedAt\n  updatedAt\n  endedAt\n  endReason\n  title {\n    id\n    name\n  }\n}\n"};
export const Heartbeat: TypedOperation<HeartbeatMutation, HeartbeatMutationVariables> = {"id":"a12283424c7e13715106eb272541d910f1b97ae5cbe9aead5d9c6327cd01a38a","name":"Heartbeat","type":"mutation","body":"# Says this device is online and what it is doing; reconcile means it was away long enough to load syncSince.\nmutation Heartbeat($deviceId: ID!, $state: PresenceState = BROWSING, $titleId: ID, $sessionId: ID) {\n  heartbeat(deviceId: $deviceId, state: $state, titleId: $titleId, sessionId: $sessionId) {\n    nextHeartbeatSeconds\n    reconcile\n    device {\n      id\n      status\n      state\n    }\n  }\n}\n"};
export const InitiatePlayback: TypedOperation<InitiatePlaybackMutation, InitiatePlaybackMutationVariables> = {"id":"4877f79b8d8d487a7aabceb9731a37748e8299143bdcc6fd3180750447ce75bd","name":"InitiatePlayback","type":"mutation","body":"# Starts playing a title on one of the user's online devices: picks the best offer among the platforms the user\n# subscribes to in the region (or the platform given), resumes where the profile left off unless resume is false,\n# and returns the deep link the device opens.\n# @tool initiate_playback\n# @action playback\n# @consent\nmutation InitiatePlayback($input: InitiatePlaybackInput!) {\n  initiatePlayback(input: $input) {\n    platform\n    deepLink\n    webFallback\n    resumePositionSeconds\n    session {\n      ...PlaybackSessionFields\n    }\n  }\n}\n\nfragment PlaybackSessionFields on PlaybackSession {\n  id\n  deviceId\n  profileId\n  platform\n  positionSeconds\n  durationSeconds\n  state\n  resumePositionSeconds\n  startedAt\n  updatedAt\n  endedAt\n  endReason\n  title {\n    id\n    name\n  }\n}\n"};
export const Library: TypedOperation<LibraryQuery, LibraryQueryVariables> = {"id":"a52726412f2738b3fbf820fa9b771f9a00e0adaf93a382f3b2426afc53bbb8ad","name":"Library","type":"query","body":"# One profile's whole library: the watchlist (newest first), watch progress on every title and the playback\n# preferences, with the cursor a device continues from.\n# @tool sync_watchlist\n# @action watchlist\nquery Library($profileId: ID!) {\n  library(profileId: $profileId) {\n    ...LibraryFields\n  }\n}\n\nfragment LibraryFields on Library {\n  profileId\n  cursor\n  watchlist {\n    ...WatchlistEntryFields\n  }\n  progress {\n    ...ProgressFields\n  }\n  preferences {\n    key\n    value\n    deviceId\n    hlc\n    updatedAt\n  }\n}\n\nfragment ProgressFields on WatchProgress {\n  title {\n    id\n    name\n  }\n  positionSeconds\n  durationSeconds\n  completed\n  percent\n  deviceId\n  hlc\n  updatedAt\n}\n\nfragment TitleSummary on Title {\n  id\n  name\n  contentType\n  releaseYear\n  genres\n  runtimeMinutes\n  averageRating\n  contentRating {\n    rating\n    minimumAge\n  }\n}\n\nfragment WatchlistEntryFields on WatchlistEntry {\n  title {\n    ...TitleSummary\n  }\n  priority\n  reason\n  addedAt\n  hlc\n  tags\n}\n"};
export const LibraryChanged: TypedOperation<LibraryChangedSubscription, LibraryChangedSubscriptionVariables> = {"id":"ad83478d6e7f9f90205cfb5a9e48cc266e6497797cdfb3717d9850ca7f719a50","name":"LibraryChanged","type":"subscription","body":"# Every change to the signed-in user's library as it commits, from any device; only one profile's when given.\nsubscription LibraryChanged($profileId: ID) {\n  libraryChanged(profileId: $profileId) {\n    profileId\n    cursor\n    present\n    operation {\n      ...SyncOperationFields\n    }\n    watchlistEntry {\n      ...WatchlistEntryFields\n    }\n    progress {\n      ...ProgressFields\n    }\n  }\n}\n\nfragment ProgressFields on WatchProgress {\n  title {\n    id\n    name\n  }\n  positionSeconds\n  durationSeconds\n  completed\n  percent\n  deviceId\n  hlc\n  updatedAt\n}\n\nfragment SyncOperationFields on SyncOperation {\n  cursor\n  kind\n  deviceId\n  hlc\n  title {\n    id\n    name\n  }\n  priority\n  reason\n  tags\n  positionSeconds\n  durationSeconds\n  completed\n  key\n  value\n  at\n}\n\nfragment TitleSummary on Title {\n  id\n  name\n  contentType\n  releaseYear\n  genres\n  runtimeMinutes\n  averageRating\n  contentRating {\n    rating\n    minimumAge\n  }\n}\n\nfragment WatchlistEntryFields on WatchlistEntry {\n  title {\n    ...TitleSummary\n  }\n  priority\n  reason\n  addedAt\n  hlc\n  tags\n}\n"};
export const Platforms: TypedOperation<PlatformsQuery, PlatformsQueryVariables> = {"id":"c151f3cd272bc8aa583c483617c2a2c006c090fbf4d3b73802feeaecb854de54","name":"Platforms","type":"query","body":"# The streaming platforms the catalogue knows, or only those operating in a region (ISO 3166-1 alpha-2, e.g. \"GB\").\n# @tool list_platforms\n# @action search\nquery Platforms($region: String) {\n  platforms(region: $region) {\n    id\n    name\n    regions\n    worldwide\n  }\n}\n"};
export const PlaybackSessionChanged: TypedOperation<PlaybackSessionChangedSubscription, PlaybackSessionChangedSubscriptionVariables> = {"id":"0bb56c71523c35732dfdb64713d4b08e5fa47d6200ca881eae9c7667dcaf23a2","name":"PlaybackSessionChanged","type":"subscription","body":"# Every change of the user's playback sessions, on any device.\nsubscription PlaybackSessionChanged {\n  playbackSessionChanged {\n    kind\n    at\n    session {\n      ...PlaybackSessionFields\n    }\n  }\n}\n\nfragment PlaybackSessionFields on PlaybackSession {\n  id\n  deviceId\n  profileId\n  platform\n  positionSeconds\n  durationSeconds\n  state\n  resumePositionSeconds\n  startedAt\n  updatedAt\n  endedAt\n  endReason\n  title {\n    id\n    name\n  }\n}\n"};
export const PlaybackSessions: TypedOperation<PlaybackSessionsQuery, PlaybackSessionsQueryVariables> = {"id":"da26e8293a509827ae47f3bc429c9635914618c52b10eb64f3deab3cb3f27369","name":"PlaybackSessions","type":"query","body":"# The user's playback sessions of the last 24 hours, most recent first; only live ones unless activeOnly is false.\n# @tool list_playback_sessions\n# @action playback\nquery PlaybackSessions($activeOnly: Boolean = true) {\n  playbackSessions(activeOnly: $activeOnly) {\n    ...PlaybackSessionFields\n  }\n}\n\nfragment PlaybackSessionFields on PlaybackSession {\n  id\n  deviceId\n  profileId\n  platform\n  positionSeconds\n  durationSeconds\n  state\n  resumePositionSeconds\n  startedAt\n  updatedAt\n  endedAt\n  endReason\n  title {\n    id\n    name\n  }\n}\n"};
export const Preferences: TypedOperation<PreferencesQuery, PreferencesQueryVariables> = {"id":"f6719ebfdd2c80a34f3d58c414d5d1bd4091ef974f204c8ee27421fac0a7b5e3","name":"Preferences","type":"query","body":"# The signed-in user's preferences: favourite and disliked genres, languages, the platforms they subscribe to,\n# maximum content rating, video quality and autoplay.\n# @tool get_preferences\n# @action preferences\nquery Preferences {\n  me {\n    id\n    preferences {\n      favoriteGenres\n      dislikedGenres\n      preferredLanguages\n      subscribedPlatforms\n      maxContentRating\n      preferredVideoQuality\n      autoplayNext\n    }\n  }\n}\n"};
export const PresenceChanged: TypedOperation<PresenceChangedSubscription, PresenceChangedSubscriptionVariables> = {"id":"471cb806254949b93d13dcbc39a47cd0d0a66b96c83c7bc7f1b630528842ae5a","name":"PresenceChanged","type":"subscription","body":"# Presence of the user's devices as it changes: joined, left, timed out, or started doing something else.\nsubscription PresenceChanged {\n  presenceChanged {\n    kind\n    at\n    device {\n      ...DeviceFields\n    }\n  }\n}\n\nfragment DeviceFields on Device {\n  id\n  name\n  type\n  platform\n  status\n  state\n  lastSeenAt\n  capabilities {\n    remoteControllable\n    canCast\n    canReceiveCast\n    maxResolution\n  }\n  nowPlaying {\n    id\n    name\n  }\n}\n"};
export const PrivacyConsents: TypedOperation<PrivacyConsentsQuery, PrivacyConsentsQueryVariables> = {"id":"95f84abc82326ab0445328661794c89494d038eb7a1b896c5922e912633975a5","name":"PrivacyConsents","type":"query","body":"# The signed-in user's privacy consents (personalisation, watch history, analytics…).\nquery PrivacyConsents {\n  me {\n    id\n    privacyConsents {\n      purpose\n      granted\n      policyVersion\n      updatedAt\n    }\n  }\n}\n"};
export const ProfileSearch: TypedOperation<ProfileSearchQuery, ProfileSearchQueryVariables> = {"id":"99b2e7182f8c317ccd9980023a624eb88be9967265db8f72a7fc203c466da0e6","name":"ProfileSearch","type":"query","body":"# Searches as one of the signed-in user's profiles, so the profile's parental controls (maximum rating, blocked\n# genres, viewing hours) apply to the results.\n# @tool profile_search\n# @action search\nquery ProfileSearch($profileId: ID!, $query: String!, $filters: SearchFilter, $region: String = \"US\", $first: Int = 10) {\n  profile(id: $profileId) {\n    id\n    name\n    search(query: $query, filters: $filters, region: $region, first: $first) {\n      totalCount\n      trending\n      hits {\n        score\n        primaryReason {\n          kind\n          text\n        }\n        title {\n          ...TitleSummary\n          availability(region: $region) {\n            ...OfferFields\n          }\n        }\n      }\n    }\n  }\n}\n\nfragment OfferFields on Offer {\n  platform {\n    id\n    name\n  }\n  region\n  availabilityType\n  price {\n    amount\n    currency\n  }\n  qualityTiers\n  availableFrom\n  expiresAt\n  deepLink {\n    appUrl\n    webUrl\n  }\n}\n\nfragment TitleSummary on Title {\n  id\n  name\n  contentType\n  releaseYear\n  genres\n  runtimeMinutes\n  averageRating\n  contentRating {\n    rating\n    minimumAge\n  }\n}\n"};
export const RateTitle: TypedOperation<RateTitleMutation, RateTitleMutationVariables> = {"id":"e7c509d395592052b7e164b2c3f85b6ca460ba6b0b81aec774686694d1c7536a","name":"RateTitle","type":"mutation","body":"# Rates a title 1–5 for one of the user's profiles; it shapes that profile's recommendations (kept only with the\n# personalisation consent).\n# @tool rate_title\n# @action recommend\nmutation RateTitle($profileId: ID!, $titleId: ID!, $rating: Int!) {\n  rateTitle(profileId: $profileId, titleId: $titleId, rating: $rating)\n}\n"};
export const Recommendations: TypedOperation<RecommendationsQuery, RecommendationsQueryVariables> = {"id":"6f641757c1e9b468b065b5f5ec3a70f04ba4a4740ffd55f41536082694680e7e","name":"Recommendations","type":"query","body":"# Personal picks for one of the signed-in user's profiles: what they are likely to enjoy next, learned from what\n# they watched, finished, rated, added or dismissed, with the profile's parental controls and the region applied,\n# watched titles left out, and a one-line explanation per pick (\"Because you watched …\"). New viewers get picks from\n# their favourite genres, then what is trending. Context: region, local hour (0–23) and device.\n# @tool get_recommendations\n# @action recommend\nquery Recommendations($profileId: ID!, $context: RecommendationContext, $first: Int = 10) {\n  profile(id: $profileId) {\n    id\n    recommendations(context: $context, first: $first) {\n      personalized\n      fallback\n      reason\n      generatedAt\n      ttlSeconds\n      experiment {\n        name\n        variant\n      }\n      items {\n        score\n        confidence\n        kind\n        explanation\n        basedOn {\n          id\n          name\n        }\n        title {\n          ...TitleSummary\n        }\n      }\n    }\n  }\n}\n\nfragment TitleSummary on Title {\n  id\n  name\n  contentType\n  releaseYear\n  genres\n  runtimeMinutes\n  averageRating\n  contentRating {\n    rating\n    minimumAge\n  }\n}\n"};
export const Register: TypedOperation<RegisterMutation, RegisterMutationVariables> = {"id":"af77ab1d1939f36f7a1e3795aeca5103b646d2c48fcda5ab432618c44f1d3ada","name":"Register","type":"mutation","body":"# Creates an account. The answer never says whether the email was already registered; a verification mail follows.\nmutation Register($input: RegisterInput!) {\n  register(input: $input) {\n    accepted\n  }\n}\n"};
export const RegisterDevice: TypedOperation<RegisterDeviceMutation, RegisterDeviceMutationVariables> = {"id":"70d4bb7f3984e43a3136d977956b8972763be3eb29e3d6eb1391614e62747a70","name":"RegisterDevice","type":"mutation","body":"# Registers this device for the signed-in user (free accounts may have 2, premium 10).\nmutation RegisterDevice($input: RegisterDeviceInput!) {\n  registerDevice(input: $input) {\n    heartbeatIntervalSeconds\n    offlineAfterSeconds\n    device {\n      ...DeviceFields\n    }\n  }\n}\n\nfragment DeviceFields on Device {\n  id\n  name\n  type\n  platform\n  status\n  state\n  lastSeenAt\n  capabilities {\n    remoteControllable\n    canCast\n    canReceiveCast\n    maxResolution\n  }\n  nowPlaying {\n    id\n    name\n  }\n}\n"};
export const RemoveDevice: TypedOperation<RemoveDeviceMutation, RemoveDeviceMutationVariables> = {"id":"f91675fb8853c778b53d1d7fd5846d56491bb0aaaa30d9a996fcad4786a1dcef","name":"RemoveDevice","type":"mutation","body":"# Removes one of the user's devices.\nmutation RemoveDevice($id: ID!) {\n  removeDevice(id: $id)\n}\n"};
export const RemoveFromWatchlist: TypedOperation<RemoveFromWatchlistMutation, RemoveFromWatchlistMutationVariables> = {"id":"fd95b6a9522551fb1be4a55e8f4335c8a3b7ef112949adc61b51c368c5c59126","name":"RemoveFromWatchlist","type":"mutation","body":"# Removes a title from a profile's watchlist: the add tags the device has seen are removed (an unseen add wins).\nmutation RemoveFromWatchlist($profileId: ID!, $deviceId: ID!, $titleId: ID!, $hlc: String!, $tags: [String!]!) {\n  removeFromWatchlist(profileId: $profileId, deviceId: $deviceId, titleId: $titleId, hlc: $hlc, tags: $tags)\n}\n"};
export const RenameDevice: TypedOperation<RenameDeviceMutation, RenameDeviceMutationVariables> = {"id":"412f178cbaa0f36397700f0e068a5ecaf5f4cbbeb82c80104e9c78b5e3e2f482","name":"RenameDevice","type":"mutation","body":"# Renames one of the user's devices.\nmutation RenameDevice($id: ID!, $name: String!) {\n  renameDevice(id: $id, name: $name) {\n    ...DeviceFields\n  }\n}\n\nfragment DeviceFields on Device {\n  id\n  name\n  type\n  platform\n  status\n  state\n  lastSeenAt\n  capabilities {\n    remoteControllable\n    canCast\n    canReceiveCast\n    maxResolution\n  }\n  nowPlaying {\n    id\n    name\n  }\n}\n"};
export const ReportProgress: TypedOperation<ReportProgressMutation, ReportProgressMutationVariables> = {"id":"1b109e76da141934a063a60bcb77bf774cc15505ee541bf742006c5dcb298887","name":"ReportProgress","type":"mutation","body":"# Reports where a device is in a title, for continue watching and resume.\nmutation ReportProgress($profileId: ID!, $deviceId: ID!, $titleId: ID!, $hlc: String!, $positionSeconds: Float!, $durationSeconds: Float!) {\n  reportProgress(profileId: $profileId, deviceId: $deviceId, titleId: $titleId, hlc: $hlc, positionSeconds: $positionSeconds, durationSeconds: $durationSeconds) {\n    ...ProgressFields\n  }\n}\n\nfragment ProgressFields on WatchProgress {\n  title {\n    id\n    name\n  }\n  positionSeconds\n  durationSeconds\n  completed\n  percent\n  deviceId\n  hlc\n  updatedAt\n}\n"};
export const RequestPasswordReset: TypedOperation<RequestPasswordResetMutation, RequestPasswordResetMutationVariables> = {"id":"179640ce9094fa798ce57e3e74a9dd9b670ef7db6267a6efcb4139cf0ddfcb90","name":"RequestPasswordReset","type":"mutation","body":"# Sends a password-reset mail when the address has an account; always answers true.\nmutation RequestPasswordReset($email: String!) {\n  requestPasswordReset(email: $email)\n}\n"};
export const ResetPassword: TypedOperation<ResetPasswordMutation, ResetPasswordMutationVariables> = {"id":"153516e59ff2631a7ddefbf5af182a9d8cba1bcec00f5b2ea42c8c760a18e0da","name":"ResetPassword","type":"mutation","body":"# Sets a new password with the token from the reset mail.\nmutation ResetPassword($token: String!, $newPassword: String!) {\n  resetPassword(token: $token, newPassword: $newPassword)\n}\n"};
export const RevokeApiKey: TypedOperation<RevokeApiKeyMutation, RevokeApiKeyMutationVariables> = {"id":"05cd44ec5c354e4ec8746349fdb5884aa041da9626059e325a7f197ca7897aff","name":"RevokeApiKey","type":"mutation","body":"# Revokes one of the signed-in user's API keys at once.\nmutation RevokeApiKey($id: ID!) {\n  revokeApiKey(id: $id) {\n    ...ApiKeyFields\n  }\n}\n\nfragment ApiKeyFields on ApiKey {\n  id\n  name\n  maskedKey\n  scopes\n  rateLimitPerMinute\n  expiresAt\n  lastUsedAt\n  revokedAt\n  createdAt\n}\n"};
export const SemanticSearch: TypedOperation<SemanticSearchQuery, SemanticSearchQueryVariables> = {"id":"76b8a07ffc38caca0cfc749192034d07d472aab3713fa4273e8bb6b12463a2e4","name":"SemanticSearch","type":"query","body":"# Searches the catalogue in plain words, e.g. \"dark sci-fi thrillers from the 90s under two hours\" or \"something\n# like Stranger Things\". Returns ranked titles with the reason each matched and, for the region, where each one\n# streams with a deep link into the app. An empty query returns what is trending. Optional filters narrow by genre,\n# type, release years, rating, runtime and platform.\n# @tool semantic_search\n# @action search\nquery SemanticSearch($query: String!, $filters: SearchFilter, $region: String = \"US\", $first: Int = 10, $after: String) {\n  search(query: $query, filters: $filters, region: $region, first: $first, after: $after) {\n    totalCount\n    trending\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    parsed {\n      kind\n      genres\n      moods\n      contentTypes\n      yearRange {\n        min\n        max\n      }\n      platforms\n      references\n    }\n    correction {\n      original\n      corrected\n    }\n    warnings {\n      code\n      message\n    }\n    hits {\n      score\n      primaryReason {\n        kind\n        text\n      }\n      title {\n        ...TitleSummary\n        overview\n        availability(region: $region) {\n          ...OfferFields\n        }\n      }\n    }\n  }\n}\n\nfragment OfferFields on Offer {\n  platform {\n    id\n    name\n  }\n  region\n  availabilityType\n  price {\n    amount\n    currency\n  }\n  qualityTiers\n  availableFrom\n  expiresAt\n  deepLink {\n    appUrl\n    webUrl\n  }\n}\n\nfragment TitleSummary on Title {\n  id\n  name\n  contentType\n  releaseYear\n  genres\n  runtimeMinutes\n  averageRating\n  contentRating {\n    rating\n    minimumAge\n  }\n}\n"};
export const SendDeviceCommand: TypedOperation<SendDeviceCommandMutation, SendDeviceCommandMutationVariables> = {"id":"0a3c7a3adbd24362956c229bb1d9e9763d4a05ee73840debd2bd6342b1ac93ca","name":"SendDeviceCommand","type":"mutation","body":"# Sends a remote-control command to one of the user's online devices: PLAY, PAUSE, STOP, SEEK (positionSeconds),\n# SET_VOLUME (level), MUTE, NEXT_EPISODE, PREVIOUS_EPISODE, LOAD or CAST (titleId), SWITCH_PROFILE, SET_QUALITY,\n# SET_SUBTITLES or SET_AUDIO_TRACK. The answer's status follows the device's acknowledgements.\n# @tool control_playback\n# @action playback\nmutation SendDeviceCommand($input: DeviceCommandInput!) {\n  sendDeviceCommand(input: $input) {\n    ...DeviceCommandFields\n  }\n}\n\nfragment DeviceCommandFields on DeviceCommand {\n  id\n  type\n  status\n  sourceDeviceId\n  targetDeviceId\n  params {\n    positionSeconds\n    sessionId\n    level\n    muted\n    profileId\n    quality\n    language\n    title {\n      id\n      name\n    }\n  }\n  hlc\n  issuedAt\n  expiresAt\n  attempts\n  error\n  deduplicated\n}\n"};
export const SetParentalControls: TypedOperation<SetParentalControlsMutation, SetParentalControlsMutationVariables> = {"id":"7680a0de27e33ccbfa2b0701a8b6387af77a41cdb6753242003b296cab5f6b90","name":"SetParentalControls","type":"mutation","body":"# Sets a profile's parental controls (maximum rating, blocked genres, viewing hours, PIN); changing controls that\n# have a PIN needs that PIN.\nmutation SetParentalControls($profileId: ID!, $input: ParentalControlsInput!, $pin: String) {\n  setParentalControls(profileId: $profileId, input: $input, pin: $pin) {\n    enabled\n    contentRatingLimit\n    blockedGenres\n    viewingStart\n    viewingEnd\n    timeZone\n    hasPin\n  }\n}\n"};
export const SimilarTitles: TypedOperation<SimilarTitlesQuery, SimilarTitlesQueryVariables> = {"id":"d064da9a7ab2cc8d065ae7eaf13cafd5463cd2ed47daee6248bea91d624181ca","name":"SimilarTitles","type":"query","body":"# Titles similar to one the user names (\"more like this\"), with where they stream in the region.\n# @tool find_similar\n# @action search\nquery SimilarTitles($id: ID!, $region: String = \"US\", $first: Int = 10) {\n  title(id: $id) {\n    id\n    name\n    similar(first: $first, region: $region) {\n      score\n      primaryReason {\n        kind\n        text\n      }\n      title {\n        ...TitleSummary\n        availability(region: $region) {\n          ...OfferFields\n        }\n      }\n    }\n  }\n}\n\nfragment OfferFields on Offer {\n  platform {\n    id\n    name\n  }\n  region\n  availabilityType\n  price {\n    amount\n    currency\n  }\n  qualityTiers\n  availableFrom\n  expiresAt\n  deepLink {\n    appUrl\n    webUrl\n  }\n}\n\nfragment TitleSummary on Title {\n  id\n  name\n  contentType\n  releaseYear\n  genres\n  runtimeMinutes\n  averageRating\n  contentRating {\n    rating\n    minimumAge\n  }\n}\n"};
export const SyncSince: TypedOperation<SyncSinceQuery, SyncSinceQueryVariables> = {"id":"8ab639aac5b596291071fad0a79e5af0c6244ad852b339776acd4f36468090fa","name":"SyncSince","type":"query","body":"# What changed in a profile's library after a cursor, oldest first. fullStateRequired means the cursor is too old:\n# load the whole library instead.\n# @tool library_changes\n# @action watchlist\nquery SyncSince($profileId: ID!, $cursor: String, $first: Int = 100) {\n  syncSince(profileId: $profileId, cursor: $cursor, first: $first) {\n    cursor\n    hasMore\n    fullStateRequired\n    operations {\n      ...SyncOperationFields\n    }\n  }\n}\n\nfragment SyncOperationFields on SyncOperation {\n  cursor\n  kind\n  deviceId\n  hlc\n  title {\n    id\n    name\n  }\n  priority\n  reason\n  tags\n  positionSeconds\n  durationSeconds\n  completed\n  key\n  value\n  at\n}\n"};
export const TitleAvailability: TypedOperation<TitleAvailabilityQuery, TitleAvailabilityQueryVariables> = {"id":"21e93d57e2a97175644060d99605c56dfd8228a2213c390b5e106542df0e7d63","name":"TitleAvailability","type":"query","body":"# Where one title can be watched in a region: each platform's offer (subscription, rental, purchase or free), its\n# price and quality, the window it is available in, and the deep link that opens it in the platform's app.\n# @tool check_availability\n# @action search\nquery TitleAvailability($id: ID!, $region: String = \"US\") {\n  title(id: $id) {\n    id\n    name\n    availability(region: $region) {\n      ...OfferFields\n    }\n  }\n}\n\nfragment OfferFields on Offer {\n  platform {\n    id\n    name\n  }\n  region\n  availabilityType\n  price {\n    amount\n    currency\n  }\n  qualityTiers\n  availableFrom\n  expiresAt\n  deepLink {\n    appUrl\n    webUrl\n  }\n}\n"};
export const TitleDetails: TypedOperation<TitleDetailsQuery, TitleDetailsQueryVariables> = {"id":"6bdeda21fde1444cb5eeaf0f2e9ed959e9df4da908dc372914de4de70d1130d6","name":"TitleDetails","type":"query","body":"# Everything about one title: overview, genres, rating, cast and crew, where it streams in the region (with deep\n# links into each app) and similar titles.\n# @tool get_content_details\n# @action search\nquery TitleDetails($id: ID!, $region: String = \"US\", $similar: Int = 5) {\n  title(id: $id) {\n    ...TitleSummary\n    originalName\n    originalLanguage\n    overview\n    releaseDate\n    directors\n    popularity\n    voteCount\n    credits {\n      name\n      role\n      job\n    }\n    externalIds {\n      imdb\n      tmdbMovie\n      tmdbTv\n    }\n    availability(region: $region) {\n      ...OfferFields\n    }\n    similar(first: $similar, region: $region) {\n      score\n      title {\n        ...TitleSummary\n      }\n    }\n  }\n}\n\nfragment OfferFields on Offer {\n  platform {\n    id\n    name\n  }\n  region\n  availabilityType\n  price {\n    amount\n    currency\n  }\n  qualityTiers\n  availableFrom\n  expiresAt\n  deepLink {\n    appUrl\n    webUrl\n  }\n}\n\nfragment TitleSummary on Title {\n  id\n  name\n  contentType\n  releaseYear\n  genres\n  runtimeMinutes\n  averageRating\n  contentRating {\n    rating\n    minimumAge\n  }\n}\n"};
export const UpdatePreferences: TypedOperation<UpdatePreferencesMutation, UpdatePreferencesMutationVariables> = {"id":"7e2541f5afabc1b2b70ea89f23821ed99ec0780ee596f4dfbb2919af6be744be","name":"UpdatePreferences","type":"mutation","body":"# Changes the signed-in user's preferences; only the fields given change. Needs the write:preferences scope.\n# @tool update_preferences\n# @action preferences\nmutation UpdatePreferences($input: PreferencesInput!) {\n  updatePreferences(input: $input) {\n    favoriteGenres\n    dislikedGenres\n    preferredLanguages\n    subscribedPlatforms\n    maxContentRating\n    preferredVideoQuality\n    autoplayNext\n  }\n}\n"};
export const UpdatePrivacyConsents: TypedOperation<UpdatePrivacyConsentsMutation, UpdatePrivacyConsentsMutationVariables> = {"id":"18426214a31cc84f3d13062accdcc387f89473f258c8e40b8553622f66cb7a61","name":"UpdatePrivacyConsents","type":"mutation","body":"# Grants or withdraws privacy consents; withdrawing the history consent deletes the watch history.\nmutation UpdatePrivacyConsents($input: [ConsentInput!]!) {\n  updatePrivacyConsents(input: $input) {\n    purpose\n    granted\n    policyVersion\n    updatedAt\n  }\n}\n"};
export const UpdateProfile: TypedOperation<UpdateProfileMutation, UpdateProfileMutationVariables> = {"id":"bb6243fa5c3999cada98fae834585d8234d26d047a0ed23ec8c63e37657dc7fe","name":"UpdateProfile","type":"mutation","body":"# Renames a profile or changes its avatar or kids setting.\nmutation UpdateProfile($id: ID!, $input: ProfileInput!) {\n  updateProfile(id: $id, input: $input) {\n    ...ProfileFields\n  }\n}\n\nfragment ProfileFields on Profile {\n  id\n  name\n  isKids\n  avatarUrl\n  parentalControls {\n    enabled\n    contentRatingLimit\n    blockedGenres\n    hasPin\n  }\n}\n"};
export const VerifyEmail: TypedOperation<VerifyEmailMutation, VerifyEmailMutationVariables> = {"id":"159eea03529b24fe0eff9ec823fbb6363cbd6f346f7979f0e84011af20a97aea","name":"VerifyEmail","type":"mutation","body":"# Confirms an email address with the token from the verification mail.\nmutation VerifyEmail($token: String!) {\n  verifyEmail(token: $token)\n}\n"};
export const Viewer: TypedOperation<ViewerQuery, ViewerQueryVariables> = {"id":"8798c3d560367dde9deeaca3a221543b17c40d6dc97467386aa429556b5023d8","name":"Viewer","type":"query","body":"# Who is signed in: the account's name, role and profiles (each with its parental restrictions). Profile ids from\n# here are what the watchlist, continue-watching and playback tools take.\n# @tool whoami\n# @action account\nquery Viewer {\n  me {\n    id\n    email\n    displayName\n    role\n    profiles {\n      id\n      name\n      isKids\n      contentRestrictions {\n        maxContentRating\n        blockedGenres\n        viewingAllowedNow\n      }\n    }\n  }\n}\n"};
export const WatchHistory: TypedOperation<WatchHistoryQuery, WatchHistoryQueryVariables> = {"id":"07f3c82fb37ffc86e9a141f912263203d843e2f502a45d828d36251fdf83939b","name":"WatchHistory","type":"query","body":"# The user's watch history, newest first (only kept with the history consent, for at most 90 days).\n# @tool watch_history\n# @action watchlist\nquery WatchHistory($first: Int = 50, $after: String) {\n  watchHistory(first: $first, after: $after) {\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        watchedAt\n        positionSeconds\n        durationSeconds\n        completed\n        deviceId\n        title {\n          id\n          name\n        }\n      }\n    }\n  }\n}\n"};