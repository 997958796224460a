import type { Prisma } from '@media-gateway/db';
import { appendToOutbox, type CatalogTitleDocument } from '@media-gateway/events';
import { loadTitleDocumentSources } from '../store/loadTitleDocumentSources.js';
import { writeDocumentHashes } from '../store/writeDocumentHashes.js';
import { CATALOG_OUTBOX_SCHEMA } from './catalogOutbox.js';
import { documentHash } from './documentHash.js';
import { titleDocument } from './titleDocument.js';
import { titleUpsertedEvent } from './titleUpsertedEvent.js';

/**
 * Publishes titles written earlier in this transaction: reads each live title among `ids` back, builds its document,
 * and for every title whose document hash differs from the stored one (or every title, for a snapshot) stores the
 * new hash and appends a `catalog.title.upserted` event. Returns the documents it published, one per event.
 *
 * Call it after the titles' rows were written: those writes hold the row locks that make each title's events take
 * sequence numbers in commit order (see `appendToOutbox`).
 */
export async function appendTitleEvents(
  tx: Prisma.TransactionClient,
  ids: readonly string[],
  occurredAt: Date,
  options: { onlyChanged: boolean },
): Promise<CatalogTitleDocument[]> {
  const changed = (await loadTitleDocumentSources(tx, ids))
    .map(({ title, documentHash: stored }) => {
      const document = titleDocument(title);
      return { document, hash: documentHash(document), stored };
    })
    .filter(({ hash, stored }) => !options.onlyChanged || hash !== stored);
  await writeDocumentHashes(tx, new Map(changed.map(({ document, hash }) => [document.titleId, hash])));
  await appendToOutbox(tx, CATALOG_OUTBOX_SCHEMA, changed.map(({ document }) => titleUpsertedEvent(document, occurredAt)));
  return changed.map(({ document }) => document);
}
