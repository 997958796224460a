// Live fan-out for issue 5 (PRODUCT_SPEC §8, §9): pub/sub between replicas and to GraphQL subscriptions, device
// presence, and remote commands, each behind a small interface with a memory (embedded) and a Redis adapter.
export { channels } from './channels.js';
export { CommandError, RealtimeError, REALTIME_ERRORS } from './errors.js';

export { createPubSub } from './pubsub/createPubSub.js';
export { MemoryPubSub } from './pubsub/MemoryPubSub.js';
export { RedisPubSub } from './pubsub/RedisPubSub.js';
export { pubSubIterator, subscribeIterator } from './pubsub/pubSubIterator.js';

export { createPresenceStore } from './presence/createPresenceStore.js';
export { MemoryPresenceStore } from './presence/MemoryPresenceStore.js';
export { RedisPresenceStore } from './presence/RedisPresenceStore.js';
export { PRESENCE } from './presence/PRESENCE.js';

export { RemoteCommands } from './commands/RemoteCommands.js';
export { ACK_STATUSES, COMMAND_STATUSES, COMMAND_TIMINGS, COMMAND_TYPES } from './commands/DeviceCommand.js';
export { parseCommandInput } from './commands/parseCommandInput.js';

export { isPresenceChange } from './messages/PresenceChange.js';
export { isCommandAck } from './messages/CommandAck.js';
export { isAvailabilityChange } from './messages/AvailabilityChange.js';

export type { AnyRealtimeError, CommandErrorCode, RealtimeErrorCode } from './errors.js';
export type { RealtimeLogger } from './RealtimeLogger.js';
export type { PubSub } from './pubsub/PubSub.js';
export type { CreatePubSubOptions } from './pubsub/createPubSub.js';
export type { PubSubIteratorOptions } from './pubsub/pubSubIterator.js';
export type { DeviceType, PresenceEntry, PresenceState, PresenceStore } from './presence/PresenceStore.js';
export type { CreatePresenceStoreOptions } from './presence/createPresenceStore.js';
export type { RemoteCommandsOptions, SentCommand } from './commands/RemoteCommands.js';
export type { AckStatus, CommandStatus, CommandType, DeviceCommand } from './commands/DeviceCommand.js';
export type { ParseCommandResult, ParsedCommand, SendCommandInput } from './commands/parseCommandInput.js';
export type { PresenceChange, PresenceChangeKind } from './messages/PresenceChange.js';
export type { CommandAck } from './messages/CommandAck.js';
export type { AvailabilityChange } from './messages/AvailabilityChange.js';
