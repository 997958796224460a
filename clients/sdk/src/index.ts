// @media-gateway/sdk: a typed client over the trusted operations (issue 6). Runs in Node 20 and in browsers: no
// `node:` imports anywhere under src/ (tests/browserSafe.test.ts checks).
export { createClient } from './client/createClient.js';
export { MediaGatewayError, isMediaGatewayError, SDK_ERRORS, REMOVED_SDK_ERRORS } from './errors.js';
export { staticToken } from './auth/TokenSource.js';
export { MemoryTokenStore } from './auth/TokenStore.js';
export { OAuthSession } from './auth/OAuthSession.js';
export { OfflineSync, QUEUE_WARNING_THRESHOLD } from './sync/OfflineSync.js';
export { MemorySyncQueueStore } from './sync/SyncQueueStore.js';
export { LibraryReplica } from './sync/LibraryReplica.js';
// The generated constants (and their result/variables types), one per trusted operation: `operations.SemanticSearch`.
export * as operations from '@media-gateway/schema/operations';

export type { TypedOperation, PersistedOperation, ResultOf, VariablesOf } from '@media-gateway/schema';
export type {
  ExecutionResult,
  MediaGatewayClient,
  MediaGatewayClientOptions,
  OperationInit,
  SubscriptionSink,
} from './client/MediaGatewayClient.js';
export type { GraphQLErrorLike, MediaGatewayErrorCode, MediaGatewayErrorOptions } from './errors.js';
export type { TokenSource } from './auth/TokenSource.js';
export type { StoredTokens, TokenStore } from './auth/TokenStore.js';
export type { DeviceCodePrompt, DeviceLoginOptions, OAuthSessionOptions } from './auth/OAuthSession.js';
export type { IssuerMetadata } from './auth/oauthHttp.js';
export type { FlushResult, OfflineSyncEvents, OfflineSyncOptions, RejectedOperations } from './sync/OfflineSync.js';
export type { QueuedOperation, QueuedOperationKind, SyncQueueStore } from './sync/SyncQueueStore.js';
export type { ReplicaProgress, ReplicaWatchlistEntry, TitleRef } from './sync/LibraryReplica.js';
