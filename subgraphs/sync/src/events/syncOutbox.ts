/** The Postgres schema whose `outbox_event` table holds the sync subgraph's domain events; also their `source`. */
export const SYNC_OUTBOX_SCHEMA = 'sync';
