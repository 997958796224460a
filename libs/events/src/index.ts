export { InProcessEventBus } from './inProcess/InProcessEventBus.js';
export { KafkaEventBus } from './kafka/KafkaEventBus.js';
export { topicForType } from './kafka/topicForType.js';
export { appendToOutbox } from './outbox/appendToOutbox.js';
export { OutboxRelay } from './outbox/OutboxRelay.js';
export { replayOutbox } from './outbox/replayOutbox.js';
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
export { parseKafkaBrokers } from './kafka/parseKafkaBrokers.js';

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
export type { CatalogOfferDocument, CatalogTitleDocument, CatalogTitleUpserted } from './catalog/CatalogTitleDocument.js';
export type { Genre } from './catalog/genres.js';
