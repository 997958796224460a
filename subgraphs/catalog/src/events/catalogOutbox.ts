/** The Postgres schema whose `outbox_event` table holds the catalog's domain events; also their `source`. */
export const CATALOG_OUTBOX_SCHEMA = 'catalog';
