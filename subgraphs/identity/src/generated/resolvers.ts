/* eslint-disable */
import type { RoleValue as Role } from '../enumValues.js';
import type { UserStatusValue as UserStatus } from '../enumValues.js';
import type { RatingRank as ContentRatingLevel } from '../enumValues.js';
import type { StoredConsentPurpose as ConsentPurpose } from '../enumValues.js';
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { UserRecord } from '../store/AccountStore.js';
import type { ProfileRecord, ParentalControlsRecord } from '../store/HouseholdStore.js';
import type { ApiKeyRecord } from '../store/ApiKeyStore.js';
import type { PreferencesRecord, ConsentRow } from '../store/PreferencesStore.js';
import type { AuditRecord } from '../store/AuditStore.js';
import type { IdentityContext } from '../IdentityContext.js';
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

export type ApiKey = {
  __typename?: 'ApiKey';
  createdAt: Scalars['DateTime']['output'];
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  lastUsedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The first characters of the key, e.g. `mg_live_AbCd…`; the key itself is never shown again. */
  maskedKey: Scalars['String']['output'];
  name: Scalars['String']['output'];
  rateLimitPerMinute: Scalars['Int']['output'];
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  scopes: Array<Scalars['String']['output']>;
};

export type AuditEntry = {
  __typename?: 'AuditEntry';
  action: Scalars['String']['output'];
  at: Scalars['DateTime']['output'];
  details: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  resourceId?: Maybe<Scalars['String']['output']>;
  resourceType?: Maybe<Scalars['String']['output']>;
  userId?: Maybe<Scalars['String']['output']>;
};

export type AuditLogConnection = {
  __typename?: 'AuditLogConnection';
  edges: Array<AuditLogEdge>;
  pageInfo: PageInfo;
};

export type AuditLogEdge = {
  __typename?: 'AuditLogEdge';
  cursor: Scalars['String']['output'];
  node: AuditEntry;
};

export type AuditLogFilter = {
  action?: InputMaybe<Scalars['String']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
  userId?: InputMaybe<Scalars['String']['input']>;
};

export type ChangePasswordPayload = {
  __typename?: 'ChangePasswordPayload';
  revokedSessions: Scalars['Int']['output'];
};

export type Consent = {
  __typename?: 'Consent';
  granted: Scalars['Boolean']['output'];
  policyVersion: Scalars['String']['output'];
  purpose: ConsentPurpose;
  updatedAt: Scalars['DateTime']['output'];
};

export type ConsentInput = {
  granted: Scalars['Boolean']['input'];
  policyVersion: Scalars['String']['input'];
  purpose: ConsentPurpose;
};

export type { ConsentPurpose };

export type { ContentRatingLevel };

export type ContentRestrictions = {
  __typename?: 'ContentRestrictions';
  blockedGenres: Array<Scalars['String']['output']>;
  /** Highest MPAA rating allowed, or null for no limit. */
  maxContentRating?: Maybe<ContentRatingLevel>;
  pinVerifiedUntil?: Maybe<Scalars['DateTime']['output']>;
  viewingAllowedNow: Scalars['Boolean']['output'];
};

export type CreateApiKeyInput = {
  expiresInDays?: InputMaybe<Scalars['Int']['input']>;
  name: Scalars['String']['input'];
  rateLimitPerMinute?: InputMaybe<Scalars['Int']['input']>;
  scopes: Array<Scalars['String']['input']>;
};

export type CreatedApiKey = {
  __typename?: 'CreatedApiKey';
  apiKey: ApiKey;
  /** The secret key. Store it now: it is not retrievable later. */
  key: Scalars['String']['output'];
};

export type MfaEnrollment = {
  __typename?: 'MfaEnrollment';
  otpauthUri: Scalars['String']['output'];
  /** PNG data URL of the QR code for `otpauthUri`. */
  qrCodeDataUrl: Scalars['String']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Changes the password and revokes every session and token family (§6). */
  changePassword: ChangePasswordPayload;
  /** Confirms enrolment with a current code and returns the 10 single-use backup codes (shown once). */
  confirmMfa: Array<Scalars['String']['output']>;
  /** Creates an API key; the key itself is returned only here. */
  createApiKey: CreatedApiKey;
  createProfile: Profile;
  deleteProfile: Scalars['Boolean']['output'];
  disableMfa: Scalars['Boolean']['output'];
  /** Starts TOTP enrolment; MFA is on once `confirmMfa` succeeds. */
  enrollMfa: MfaEnrollment;
  /** Creates an account (§6 password rules). The answer never reveals whether the email was already registered. */
  register: RegisterPayload;
  /** Sends a reset mail when the address has an account; always answers true (no account enumeration). */
  requestPasswordReset: Scalars['Boolean']['output'];
  resetPassword: Scalars['Boolean']['output'];
  revokeApiKey: ApiKey;
  /** Sets a profile's parental controls. Changing controls that have a PIN requires that PIN. */
  setParentalControls: ParentalControls;
  /** Admin: suspend or reinstate a user. Suspending revokes their sessions. */
  setUserStatus: User;
  updatePreferences: Preferences;
  updatePrivacyConsents: Array<Consent>;
  updateProfile: Profile;
  /** Confirms an email address with the token from the verification mail. */
  verifyEmail: Scalars['Boolean']['output'];
  /** Checks a TOTP or backup code; 5 attempts a minute. */
  verifyMfa: Scalars['Boolean']['output'];
  /** A correct PIN lifts the profile's restrictions for 5 minutes. */
  verifyParentalPin: PinVerification;
};


export type MutationChangePasswordArgs = {
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
};


export type MutationConfirmMfaArgs = {
  code: Scalars['String']['input'];
};


export type MutationCreateApiKeyArgs = {
  input: CreateApiKeyInput;
};


export type MutationCreateProfileArgs = {
  input: ProfileInput;
};


export type MutationDeleteProfileArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDisableMfaArgs = {
  code: Scalars['String']['input'];
};


export type MutationRegisterArgs = {
  input: RegisterInput;
};


export type MutationRequestPasswordResetArgs = {
  email: Scalars['String']['input'];
};


export type MutationResetPasswordArgs = {
  newPassword: Scalars['String']['input'];
  token: Scalars['String']['input'];
};


export type MutationRevokeApiKeyArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSetParentalControlsArgs = {
  input: ParentalControlsInput;
  pin?: InputMaybe<Scalars['String']['input']>;
  profileId: Scalars['ID']['input'];
};


export type MutationSetUserStatusArgs = {
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
  status: UserStatus;
};


export type MutationUpdatePreferencesArgs = {
  input: PreferencesInput;
};


export type MutationUpdatePrivacyConsentsArgs = {
  input: Array<ConsentInput>;
};


export type MutationUpdateProfileArgs = {
  id: Scalars['ID']['input'];
  input: ProfileInput;
};


export type MutationVerifyEmailArgs = {
  token: Scalars['String']['input'];
};


export type MutationVerifyMfaArgs = {
  code: Scalars['String']['input'];
};


export type MutationVerifyParentalPinArgs = {
  pin: Scalars['String']['input'];
  profileId: Scalars['ID']['input'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type ParentalControls = {
  __typename?: 'ParentalControls';
  blockedGenres: Array<Scalars['String']['output']>;
  contentRatingLimit?: Maybe<ContentRatingLevel>;
  enabled: Scalars['Boolean']['output'];
  hasPin: Scalars['Boolean']['output'];
  timeZone?: Maybe<Scalars['String']['output']>;
  viewingEnd?: Maybe<Scalars['String']['output']>;
  viewingStart?: Maybe<Scalars['String']['output']>;
};

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

export type PinVerification = {
  __typename?: 'PinVerification';
  verified: Scalars['Boolean']['output'];
  verifiedUntil?: Maybe<Scalars['DateTime']['output']>;
};

export type Preferences = {
  __typename?: 'Preferences';
  autoplayNext: Scalars['Boolean']['output'];
  dislikedGenres: Array<Scalars['String']['output']>;
  favoriteGenres: Array<Scalars['String']['output']>;
  maxContentRating?: Maybe<ContentRatingLevel>;
  preferredLanguages: Array<Scalars['String']['output']>;
  preferredVideoQuality: VideoQuality;
  subscribedPlatforms: Array<Scalars['String']['output']>;
};

export type PreferencesInput = {
  autoplayNext?: InputMaybe<Scalars['Boolean']['input']>;
  dislikedGenres?: InputMaybe<Array<Scalars['String']['input']>>;
  favoriteGenres?: InputMaybe<Array<Scalars['String']['input']>>;
  maxContentRating?: InputMaybe<ContentRatingLevel>;
  preferredLanguages?: InputMaybe<Array<Scalars['String']['input']>>;
  preferredVideoQuality?: InputMaybe<VideoQuality>;
  subscribedPlatforms?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** A member of a household. Other subgraphs filter what they show through `contentRestrictions`. */
export type Profile = {
  __typename?: 'Profile';
  avatarUrl?: Maybe<Scalars['String']['output']>;
  /** What this profile may see right now: rating limit, blocked genres, viewing hours, lifted by a verified PIN. */
  contentRestrictions: ContentRestrictions;
  id: Scalars['ID']['output'];
  isKids: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
  parentalControls?: Maybe<ParentalControls>;
};

export type ProfileInput = {
  avatarUrl?: InputMaybe<Scalars['String']['input']>;
  isKids?: InputMaybe<Scalars['Boolean']['input']>;
  name: Scalars['String']['input'];
};

export type Query = {
  __typename?: 'Query';
  /** Admin: the audit log, newest first. */
  auditLog: AuditLogConnection;
  /** The signed-in user. */
  me?: Maybe<User>;
  /** One of the signed-in user's profiles; another user's profile id is NOT_FOUND. */
  profile?: Maybe<Profile>;
  /** Admin: users, newest first, optionally by status. */
  users: UserConnection;
};


export type QueryAuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditLogFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryProfileArgs = {
  id: Scalars['ID']['input'];
};


export type QueryUsersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<UserStatus>;
};

export type RegisterInput = {
  displayName: Scalars['String']['input'];
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};

export type RegisterPayload = {
  __typename?: 'RegisterPayload';
  /** Always true when the input was valid; a verification mail goes to new addresses. */
  accepted: Scalars['Boolean']['output'];
};

export type { Role };

export type User = {
  __typename?: 'User';
  apiKeys: Array<ApiKey>;
  avatarUrl?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  displayName: Scalars['String']['output'];
  email: Scalars['String']['output'];
  emailVerified: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  mfaEnabled: Scalars['Boolean']['output'];
  preferences: Preferences;
  privacyConsents: Array<Consent>;
  profiles: Array<Profile>;
  role: Role;
  status: UserStatus;
};

export type UserConnection = {
  __typename?: 'UserConnection';
  edges: Array<UserEdge>;
  pageInfo: PageInfo;
};

export type UserEdge = {
  __typename?: 'UserEdge';
  cursor: Scalars['String']['output'];
  node: User;
};

export type { UserStatus };

export type VideoQuality =
  | 'HD'
  | 'SD'
  | 'UHD_4K';



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
  ApiKey: ResolverTypeWrapper<ApiKeyRecord>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  AuditEntry: ResolverTypeWrapper<AuditRecord>;
  AuditLogConnection: ResolverTypeWrapper<Omit<AuditLogConnection, 'edges'> & { edges: Array<ResolversTypes['AuditLogEdge']> }>;
  AuditLogEdge: ResolverTypeWrapper<Omit<AuditLogEdge, 'node'> & { node: ResolversTypes['AuditEntry'] }>;
  AuditLogFilter: AuditLogFilter;
  ChangePasswordPayload: ResolverTypeWrapper<ChangePasswordPayload>;
  Consent: ResolverTypeWrapper<ConsentRow>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ConsentInput: ConsentInput;
  ConsentPurpose: ConsentPurpose;
  ContentRatingLevel: ContentRatingLevel;
  ContentRestrictions: ResolverTypeWrapper<ContentRestrictions>;
  CreateApiKeyInput: CreateApiKeyInput;
  CreatedApiKey: ResolverTypeWrapper<Omit<CreatedApiKey, 'apiKey'> & { apiKey: ResolversTypes['ApiKey'] }>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  MfaEnrollment: ResolverTypeWrapper<MfaEnrollment>;
  Mutation: ResolverTypeWrapper<{}>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  ParentalControls: ResolverTypeWrapper<ParentalControlsRecord>;
  ParentalControlsInput: ParentalControlsInput;
  PinVerification: ResolverTypeWrapper<PinVerification>;
  Preferences: ResolverTypeWrapper<PreferencesRecord>;
  PreferencesInput: PreferencesInput;
  Profile: ResolverTypeWrapper<ProfileRecord>;
  ProfileInput: ProfileInput;
  Query: ResolverTypeWrapper<{}>;
  RegisterInput: RegisterInput;
  RegisterPayload: ResolverTypeWrapper<RegisterPayload>;
  Role: Role;
  User: ResolverTypeWrapper<UserRecord>;
  UserConnection: ResolverTypeWrapper<Omit<UserConnection, 'edges'> & { edges: Array<ResolversTypes['UserEdge']> }>;
  UserEdge: ResolverTypeWrapper<Omit<UserEdge, 'node'> & { node: ResolversTypes['User'] }>;
  UserStatus: UserStatus;
  VideoQuality: VideoQuality;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  ApiKey: ApiKeyRecord;
  ID: Scalars['ID']['output'];
  String: Scalars['String']['output'];
  Int: Scalars['Int']['output'];
  AuditEntry: AuditRecord;
  AuditLogConnection: Omit<AuditLogConnection, 'edges'> & { edges: Array<ResolversParentTypes['AuditLogEdge']> };
  AuditLogEdge: Omit<AuditLogEdge, 'node'> & { node: ResolversParentTypes['AuditEntry'] };
  AuditLogFilter: AuditLogFilter;
  ChangePasswordPayload: ChangePasswordPayload;
  Consent: ConsentRow;
  Boolean: Scalars['Boolean']['output'];
  ConsentInput: ConsentInput;
  ContentRestrictions: ContentRestrictions;
  CreateApiKeyInput: CreateApiKeyInput;
  CreatedApiKey: Omit<CreatedApiKey, 'apiKey'> & { apiKey: ResolversParentTypes['ApiKey'] };
  DateTime: Scalars['DateTime']['output'];
  MfaEnrollment: MfaEnrollment;
  Mutation: {};
  PageInfo: PageInfo;
  ParentalControls: ParentalControlsRecord;
  ParentalControlsInput: ParentalControlsInput;
  PinVerification: PinVerification;
  Preferences: PreferencesRecord;
  PreferencesInput: PreferencesInput;
  Profile: ProfileRecord;
  ProfileInput: ProfileInput;
  Query: {};
  RegisterInput: RegisterInput;
  RegisterPayload: RegisterPayload;
  User: UserRecord;
  UserConnection: Omit<UserConnection, 'edges'> & { edges: Array<ResolversParentTypes['UserEdge']> };
  UserEdge: Omit<UserEdge, 'node'> & { node: ResolversParentTypes['User'] };
};

export type ApiKeyResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['ApiKey'] = ResolversParentTypes['ApiKey']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  expiresAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastUsedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  maskedKey?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rateLimitPerMinute?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  scopes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AuditEntryResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['AuditEntry'] = ResolversParentTypes['AuditEntry']> = {
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  details?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  resourceId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  resourceType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  userId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AuditLogConnectionResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['AuditLogConnection'] = ResolversParentTypes['AuditLogConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AuditLogEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AuditLogEdgeResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['AuditLogEdge'] = ResolversParentTypes['AuditLogEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AuditEntry'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ChangePasswordPayloadResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['ChangePasswordPayload'] = ResolversParentTypes['ChangePasswordPayload']> = {
  revokedSessions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ConsentResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['Consent'] = ResolversParentTypes['Consent']> = {
  granted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  policyVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  purpose?: Resolver<ResolversTypes['ConsentPurpose'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ConsentPurposeResolvers = EnumResolverSignature<{ ANALYTICS?: any, CROSS_DEVICE_SYNC?: any, HISTORY_RETENTION?: any, PERSONALIZATION?: any }, ResolversTypes['ConsentPurpose']>;

export type ContentRatingLevelResolvers = EnumResolverSignature<{ G?: any, NC_17?: any, PG?: any, PG_13?: any, R?: any }, ResolversTypes['ContentRatingLevel']>;

export type ContentRestrictionsResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['ContentRestrictions'] = ResolversParentTypes['ContentRestrictions']> = {
  blockedGenres?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  maxContentRating?: Resolver<Maybe<ResolversTypes['ContentRatingLevel']>, ParentType, ContextType>;
  pinVerifiedUntil?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  viewingAllowedNow?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CreatedApiKeyResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['CreatedApiKey'] = ResolversParentTypes['CreatedApiKey']> = {
  apiKey?: Resolver<ResolversTypes['ApiKey'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type MfaEnrollmentResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['MfaEnrollment'] = ResolversParentTypes['MfaEnrollment']> = {
  otpauthUri?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  qrCodeDataUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MutationResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  changePassword?: Resolver<ResolversTypes['ChangePasswordPayload'], ParentType, ContextType, RequireFields<MutationChangePasswordArgs, 'currentPassword' | 'newPassword'>>;
  confirmMfa?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType, RequireFields<MutationConfirmMfaArgs, 'code'>>;
  createApiKey?: Resolver<ResolversTypes['CreatedApiKey'], ParentType, ContextType, RequireFields<MutationCreateApiKeyArgs, 'input'>>;
  createProfile?: Resolver<ResolversTypes['Profile'], ParentType, ContextType, RequireFields<MutationCreateProfileArgs, 'input'>>;
  deleteProfile?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDeleteProfileArgs, 'id'>>;
  disableMfa?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDisableMfaArgs, 'code'>>;
  enrollMfa?: Resolver<ResolversTypes['MfaEnrollment'], ParentType, ContextType>;
  register?: Resolver<ResolversTypes['RegisterPayload'], ParentType, ContextType, RequireFields<MutationRegisterArgs, 'input'>>;
  requestPasswordReset?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationRequestPasswordResetArgs, 'email'>>;
  resetPassword?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationResetPasswordArgs, 'newPassword' | 'token'>>;
  revokeApiKey?: Resolver<ResolversTypes['ApiKey'], ParentType, ContextType, RequireFields<MutationRevokeApiKeyArgs, 'id'>>;
  setParentalControls?: Resolver<ResolversTypes['ParentalControls'], ParentType, ContextType, RequireFields<MutationSetParentalControlsArgs, 'input' | 'profileId'>>;
  setUserStatus?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationSetUserStatusArgs, 'id' | 'status'>>;
  updatePreferences?: Resolver<ResolversTypes['Preferences'], ParentType, ContextType, RequireFields<MutationUpdatePreferencesArgs, 'input'>>;
  updatePrivacyConsents?: Resolver<Array<ResolversTypes['Consent']>, ParentType, ContextType, RequireFields<MutationUpdatePrivacyConsentsArgs, 'input'>>;
  updateProfile?: Resolver<ResolversTypes['Profile'], ParentType, ContextType, RequireFields<MutationUpdateProfileArgs, 'id' | 'input'>>;
  verifyEmail?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationVerifyEmailArgs, 'token'>>;
  verifyMfa?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationVerifyMfaArgs, 'code'>>;
  verifyParentalPin?: Resolver<ResolversTypes['PinVerification'], ParentType, ContextType, RequireFields<MutationVerifyParentalPinArgs, 'pin' | 'profileId'>>;
};

export type PageInfoResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ParentalControlsResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['ParentalControls'] = ResolversParentTypes['ParentalControls']> = {
  blockedGenres?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  contentRatingLimit?: Resolver<Maybe<ResolversTypes['ContentRatingLevel']>, ParentType, ContextType>;
  enabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPin?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  timeZone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  viewingEnd?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  viewingStart?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PinVerificationResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['PinVerification'] = ResolversParentTypes['PinVerification']> = {
  verified?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  verifiedUntil?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PreferencesResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['Preferences'] = ResolversParentTypes['Preferences']> = {
  autoplayNext?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  dislikedGenres?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  favoriteGenres?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  maxContentRating?: Resolver<Maybe<ResolversTypes['ContentRatingLevel']>, ParentType, ContextType>;
  preferredLanguages?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  preferredVideoQuality?: Resolver<ResolversTypes['VideoQuality'], ParentType, ContextType>;
  subscribedPlatforms?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ProfileResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['Profile'] = ResolversParentTypes['Profile']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Profile']>, { __typename: 'Profile' } & GraphQLRecursivePick<ParentType, {"id":true}>, ContextType>;
  avatarUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  contentRestrictions?: Resolver<ResolversTypes['ContentRestrictions'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isKids?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parentalControls?: Resolver<Maybe<ResolversTypes['ParentalControls']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type QueryResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  auditLog?: Resolver<ResolversTypes['AuditLogConnection'], ParentType, ContextType, RequireFields<QueryAuditLogArgs, 'first'>>;
  me?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  profile?: Resolver<Maybe<ResolversTypes['Profile']>, ParentType, ContextType, RequireFields<QueryProfileArgs, 'id'>>;
  users?: Resolver<ResolversTypes['UserConnection'], ParentType, ContextType, RequireFields<QueryUsersArgs, 'first'>>;
};

export type RegisterPayloadResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['RegisterPayload'] = ResolversParentTypes['RegisterPayload']> = {
  accepted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RoleResolvers = EnumResolverSignature<{ ADMIN?: any, FREE?: any, PREMIUM?: any, SERVICE?: any }, ResolversTypes['Role']>;

export type UserResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['User']>, { __typename: 'User' } & GraphQLRecursivePick<ParentType, {"id":true}>, ContextType>;
  apiKeys?: Resolver<Array<ResolversTypes['ApiKey']>, ParentType, ContextType>;
  avatarUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  emailVerified?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mfaEnabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  preferences?: Resolver<ResolversTypes['Preferences'], ParentType, ContextType>;
  privacyConsents?: Resolver<Array<ResolversTypes['Consent']>, ParentType, ContextType>;
  profiles?: Resolver<Array<ResolversTypes['Profile']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['UserStatus'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type UserConnectionResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['UserConnection'] = ResolversParentTypes['UserConnection']> = {
  edges?: Resolver<Array<ResolversTypes['UserEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type UserEdgeResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['UserEdge'] = ResolversParentTypes['UserEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type UserStatusResolvers = EnumResolverSignature<{ ACTIVE?: any, SUSPENDED?: any }, ResolversTypes['UserStatus']>;

export type Resolvers<ContextType = IdentityContext> = {
  ApiKey?: ApiKeyResolvers<ContextType>;
  AuditEntry?: AuditEntryResolvers<ContextType>;
  AuditLogConnection?: AuditLogConnectionResolvers<ContextType>;
  AuditLogEdge?: AuditLogEdgeResolvers<ContextType>;
  ChangePasswordPayload?: ChangePasswordPayloadResolvers<ContextType>;
  Consent?: ConsentResolvers<ContextType>;
  ConsentPurpose?: ConsentPurposeResolvers;
  ContentRatingLevel?: ContentRatingLevelResolvers;
  ContentRestrictions?: ContentRestrictionsResolvers<ContextType>;
  CreatedApiKey?: CreatedApiKeyResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  MfaEnrollment?: MfaEnrollmentResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  ParentalControls?: ParentalControlsResolvers<ContextType>;
  PinVerification?: PinVerificationResolvers<ContextType>;
  Preferences?: PreferencesResolvers<ContextType>;
  Profile?: ProfileResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RegisterPayload?: RegisterPayloadResolvers<ContextType>;
  Role?: RoleResolvers;
  User?: UserResolvers<ContextType>;
  UserConnection?: UserConnectionResolvers<ContextType>;
  UserEdge?: UserEdgeResolvers<ContextType>;
  UserStatus?: UserStatusResolvers;
};

