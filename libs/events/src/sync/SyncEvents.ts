import type { DomainEvent } from '../DomainEvent.js';

// The sync subgraph's events (PRODUCT_SPEC §9), written to `sync.outbox_event` in the transaction that applies the
// library operation they describe: the shared contract between sync (producer) and its consumers — playback folds
// `sync.progress.updated` into its resume and continue-watching projection. Every event of one profile's library has
// `<userId>:<profileId>` as `aggregateId`, so a consumer sees a library's changes in the order sync applied them.

/** A title's watch progress register took a new value (a device's report, or a playback position sync consumed). */
export const SYNC_PROGRESS_UPDATED = 'sync.progress.updated';
/** A watchlist add or remove was applied; `present` says whether the title is on the watchlist after it. */
export const SYNC_WATCHLIST_CHANGED = 'sync.watchlist.changed';

/**
 * Version of the payloads below. Bump it on any change a consumer could misread (a field renamed, removed or
 * re-meant); adding an optional field is not such a change.
 */
export const SYNC_EVENTS_VERSION = 1;

export interface SyncProgressUpdatedPayload {
  userId: string;
  profileId: string;
  titleId: string;
  /** Clamped to [0, durationSeconds]. */
  positionSeconds: number;
  durationSeconds: number;
  /** More than 95% watched (§9). */
  completed: boolean;
  /** `formatHlc` of the winning write; its node is `deviceId`. A consumer keeps the greatest (LWW). */
  hlc: string;
  deviceId: string;
  /** ISO-8601: the HLC's time, i.e. when the device reported it. */
  updatedAt: string;
}

export interface SyncWatchlistChangedPayload {
  userId: string;
  profileId: string;
  titleId: string;
  /** On the watchlist after this operation (an add concurrent with a remove keeps it: add wins). */
  present: boolean;
  /** The live entry's priority and reason; null when not present. */
  priority: number | null;
  reason: string | null;
  /** `formatHlc` of the operation applied. */
  hlc: string;
}

export type SyncProgressUpdated = DomainEvent<SyncProgressUpdatedPayload>;
export type SyncWatchlistChanged = DomainEvent<SyncWatchlistChangedPayload>;

/** True for a `sync.progress.updated` event of the version this code understands. */
export function isSyncProgressUpdated(event: DomainEvent): event is SyncProgressUpdated {
  return event.type === SYNC_PROGRESS_UPDATED && event.schemaVersion === SYNC_EVENTS_VERSION;
}

/** True for a `sync.watchlist.changed` event of the version this code understands. */
export function isSyncWatchlistChanged(event: DomainEvent): event is SyncWatchlistChanged {
  return event.type === SYNC_WATCHLIST_CHANGED && event.schemaVersion === SYNC_EVENTS_VERSION;
}
