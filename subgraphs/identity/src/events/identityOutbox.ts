/** The Postgres schema whose `outbox_event` table holds the identity subgraph's domain events; also their `source`. */
export const IDENTITY_OUTBOX_SCHEMA = 'identity';
