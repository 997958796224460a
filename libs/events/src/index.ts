export { InProcessEventBus } from './inProcess/InProcessEventBus.js';
export { KafkaEventBus } from './kafka/KafkaEventBus.js';
export { topicForType } from './kafka/topicForType.js';
export { appendToOutbox } from './outbox/appendToOutbox.js';
export { OutboxRelay } from './outbox/OutboxRelay.js';
export { replayOutbox } from './outbox/replayOutbox.js';
export { purgePublishedOutbox } from './outbox/purgePublishedOutbox.js';
export { EventProjection } from './projection/EventProjection.js';
export { advanceConsumerOffset, readConsumerOffset } from './projection/consumerOffsets.js';
export { outboxReplaySource } from './outbox/outboxReplaySource.js';
export { parseDomainEvent } from './parseDomainEvent.js';
export { DEFAULT_RETRY_POLICY } from './RetryPolicy.js';
export { EVENTS_ERRORS, EventsError } from './errors.js';
export {
  CATALOG_TITLE_DOCUMENT_VERSION,
  CATALOG_TITLE_UPSERTED,
  isCatalogTitleUpserted,
} from './catalog/CatalogTitleDocument.js';
export { GENRES, isGenre } from './catalog/genres.js';
export { parseRegion } from './catalog/regions.js';

export type { DomainEvent, OutboxEventInput } from './DomainEvent.js';
export type { EventBus, EventHandler, SubscribeOptions, Unsubscribe } from './EventBus.js';
export type { EventsLogger } from './EventsLogger.js';
export type { ReplaySource } from './ReplaySource.js';
export type { RetryPolicy } from './RetryPolicy.js';
export type { EventsErrorCode } from './errors.js';
export type { InProcessEventBusOptions } from './inProcess/InProcessEventBus.js';
export type { KafkaEventBusOptions } from './kafka/KafkaEventBus.js';
export type { OutboxRelayOptions, RelayBatchResult } from './outbox/OutboxRelay.js';
export type { ReplayOutboxOptions } from './outbox/replayOutbox.js';
export type { AfterCommit, EventProjectionOptions, ProjectionSpec } from './projection/EventProjection.js';
export type { CatalogOfferDocument, CatalogTitleDocument, CatalogTitleUpserted } from './catalog/CatalogTitleDocument.js';
export type { Genre } from './catalog/genres.js';
export { withStartTime } from './catalog/deepLinkAt.js';
export {
  IDENTITY_CONSENTS_CHANGED,
  IDENTITY_CONSENTS_CHANGED_VERSION,
  IDENTITY_PREFERENCES_CHANGED,
  IDENTITY_PREFERENCES_CHANGED_VERSION,
  IDENTITY_USER_DELETED,
  IDENTITY_USER_DELETED_VERSION,
  isIdentityConsentsChanged,
  isIdentityPreferencesChanged,
  isIdentityUserDeleted,
} from './identity/IdentityEvents.js';
export type { CatalogOfferDeepLink } from './catalog/CatalogTitleDocument.js';
export type {
  IdentityConsentDecision,
  IdentityConsentPurpose,
  IdentityConsentsChanged,
  IdentityConsentsChangedPayload,
  IdentityPreferencesChanged,
  IdentityPreferencesChangedPayload,
  IdentityUserDeleted,
  IdentityUserDeletedPayload,
} from './identity/IdentityEvents.js';
export {
  PLAYBACK_EVENTS_VERSION,
  PLAYBACK_POSITION_UPDATED,
  PLAYBACK_SESSION_CREATED,
  PLAYBACK_SESSION_ENDED,
  isPlaybackPositionUpdated,
  isPlaybackSessionCreated,
  isPlaybackSessionEnded,
} from './playback/PlaybackEvents.js';
export type {
  PlaybackEndReason,
  PlaybackPositionUpdated,
  PlaybackPositionUpdatedPayload,
  PlaybackSessionCreated,
  PlaybackSessionCreatedPayload,
  PlaybackSessionEnded,
  PlaybackSessionEndedPayload,
} from './playback/PlaybackEvents.js';
export {
  SYNC_EVENTS_VERSION,
  SYNC_PROGRESS_UPDATED,
  SYNC_WATCHLIST_CHANGED,
  isSyncProgressUpdated,
  isSyncWatchlistChanged,
} from './sync/SyncEvents.js';
export type {
  SyncProgressUpdated,
  SyncProgressUpdatedPayload,
  SyncWatchlistChanged,
  SyncWatchlistChangedPayload,
} from './sync/SyncEvents.js';
