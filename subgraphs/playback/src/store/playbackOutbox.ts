/** The Postgres schema holding playback's `outbox_event` (for `OutboxRelay` and `outboxReplaySource`). */
export const PLAYBACK_OUTBOX_SCHEMA = 'playback';
