/**
 * What `titleDocument` publishes, beyond the contract version: bump it when documents start carrying something new
 * that needs no version bump (an optional field). The seed import's fingerprint includes it, so the first start of
 * the new code re-imports once, and the import's hash comparison appends a `catalog.title.upserted` event for every
 * title whose document changed; without it an unchanged dataset would be skipped and consumers would never see the
 * new field for titles imported before.
 *
 * 1: the first documents. 2: offers carry `deepLink`.
 */
export const TITLE_DOCUMENT_REVISION = 2;
