import { createHash } from 'node:crypto';
import { CATALOG_TITLE_DOCUMENT_VERSION, type CatalogTitleDocument } from '@media-gateway/events';
import { canonicalJson } from '../lib/canonicalJson.js';

/**
 * SHA-256 (hex) of a document and its contract version, stored as `catalog.title.document_hash`. An import appends
 * an event only for titles whose hash changed, so re-importing unchanged data publishes nothing, and bumping the
 * document version changes every hash.
 *
 * Why a column rather than comparing with the title's last event: the column is read in the same indexed lookup that
 * locks the title rows, while finding each title's latest event would scan the outbox and would make the outbox's
 * retention decide what counts as changed.
 */
export function documentHash(document: CatalogTitleDocument): string {
  return createHash('sha256').update(`v${CATALOG_TITLE_DOCUMENT_VERSION}\n${canonicalJson(document)}`).digest('hex');
}
