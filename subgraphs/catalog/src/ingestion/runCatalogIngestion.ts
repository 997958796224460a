import { createHash, randomUUID } from 'node:crypto';
import type { PrismaClient } from '@media-gateway/db';
import { CATALOG_TITLE_DOCUMENT_VERSION } from '@media-gateway/events';
import type { PubSub } from '@media-gateway/realtime';
import type { Logger } from '@media-gateway/runtime';
import type { NormalizedTitle, ResolvedTitle, SkipReason, SourceAdapter } from './types.js';
import { resolveEntities } from './resolveEntities.js';
import { normalizeSource } from './normalizeSource.js';
import { demoOffersFor } from './demoOffers.js';
import { offerIdFor } from './catalogIds.js';
import { loadKnownIds } from '../store/loadKnownIds.js';
import { loadLiveOffers } from '../store/loadLiveOffers.js';
import { writeResolvedTitles } from '../store/writeResolvedTitles.js';
import { appendTitleEvents } from '../events/appendTitleEvents.js';
import { offersChanged } from '../events/offersChanged.js';
import { publishAvailabilityChange } from '../availability/publishAvailabilityChange.js';
import { TITLE_DOCUMENT_REVISION } from '../events/titleDocumentRevision.js';

export interface IngestionReport {
  /** True when every source's data was unchanged since the last completed import, so nothing was written. */
  upToDate: boolean;
  fingerprint: string;
  records: Record<string, number>;
  skipped: Record<string, Partial<Record<SkipReason, number>>>;
  titles: number;
  merged: number;
  demoOffers: number;
  /** `catalog.title.upserted` events appended: one per new or changed title, none for an unchanged one. */
  events: number;
  /** Titles whose offers changed (added, removed or altered), announced on `channels.availability()`. */
  availabilityChanged: number;
  durationMs: number;
}

const RUN_SOURCE = 'seed';
const WRITE_BATCH = 500;

/**
 * Imports every source in order, resolves records into titles, and writes them in one transaction: a failed
 * import leaves the catalogue as it was. Unchanged sources (same fingerprints, same demo setting, same document
 * revision) are a no-op, so this runs on every start.
 *
 * The same transaction appends a `catalog.title.upserted` event to the catalog's outbox for every title whose
 * published document changed (new titles included), compared by the document hash stored on the title; a forced
 * re-import of unchanged data appends none. The events commit or roll back with the titles they describe.
 * Documents are built from the rows as written (`appendTitleEvents`), the same way a snapshot builds them.
 *
 * After the commit, the titles whose offers changed are announced on `pubsub` (`channels.availability()`), which
 * the catalog's `availabilityChanged` subscription listens to: compared offer by offer with what the title had
 * before the import, so a renamed title is not an availability change.
 */
export async function runCatalogIngestion(options: {
  prisma: PrismaClient;
  logger: Logger;
  adapters: readonly SourceAdapter[];
  demoOffers: boolean;
  now?: Date;
  force?: boolean;
  /** Where to announce availability changes; none are announced without it. */
  pubsub?: PubSub;
}): Promise<IngestionReport> {
  const started = Date.now();
  const now = options.now ?? new Date();
  const { prisma, logger } = options;
  const fingerprints = await Promise.all(options.adapters.map(async (a) => `${a.source}=${await a.fingerprint()}`));
  const fingerprint = createHash('sha256')
    .update([...fingerprints, `demo=${options.demoOffers}`, `documents=${CATALOG_TITLE_DOCUMENT_VERSION}.${TITLE_DOCUMENT_REVISION}`].join('\n'))
    .digest('hex');
  const empty = { fingerprint, records: {}, skipped: {}, titles: 0, merged: 0, demoOffers: 0, events: 0, availabilityChanged: 0 };

  if (!options.force) {
    const previous = await prisma.ingestionRun.findFirst({ where: { source: RUN_SOURCE, fingerprint, finishedAt: { not: null } } });
    if (previous) return { ...empty, upToDate: true, durationMs: Date.now() - started };
  }

  const records: NormalizedTitle[] = [];
  const report: IngestionReport = { ...empty, upToDate: false, durationMs: 0 };
  for (const adapter of options.adapters) {
    const normalized = await normalizeSource(adapter);
    records.push(...normalized.records);
    report.records[adapter.source] = normalized.total;
    report.skipped[adapter.source] = normalized.skipped;
  }

  const { titles, merged } = resolveEntities(records, await loadKnownIds(prisma), { now });
  const withDemo: ResolvedTitle[] = titles.map((title) => {
    if (!options.demoOffers || title.offers.length > 0) return title;
    const offers = demoOffersFor(title.id, title.contentType, title.releaseYear, now);
    report.demoOffers += offers.length;
    return { ...title, offers: offers.map((offer) => ({ ...offer, id: offerIdFor(title.id, offer) })) };
  });
  report.titles = withDemo.length;
  report.merged = merged;

  const availabilityChanged: string[] = [];
  await prisma.$transaction(
    async (tx) => {
      for (let i = 0; i < withDemo.length; i += WRITE_BATCH) {
        const batch = withDemo.slice(i, i + WRITE_BATCH);
        const ids = batch.map((t) => t.id);
        const offersBefore = await loadLiveOffers(tx, ids);
        await writeResolvedTitles(tx, batch, now);
        const published = await appendTitleEvents(tx, ids, now, { onlyChanged: true });
        report.events += published.length;
        // Offers are part of the document, so a title whose document did not change kept its offers.
        for (const document of published) {
          if (offersChanged(offersBefore.get(document.titleId) ?? [], document.offers)) availabilityChanged.push(document.titleId);
        }
      }
      await tx.ingestionRun.create({
        data: {
          id: randomUUID(),
          source: RUN_SOURCE,
          fingerprint,
          startedAt: new Date(started),
          finishedAt: new Date(),
          imported: withDemo.length,
          merged,
          skipped: report.skipped,
        },
      });
    },
    { timeout: 15 * 60_000, maxWait: 60_000 },
  );
  report.availabilityChanged = availabilityChanged.length;
  if (options.pubsub) await publishAvailabilityChange(options.pubsub, availabilityChanged, now, logger);
  // A bulk load leaves the planner's statistics stale (it would estimate a few dozen titles and sort the whole
  // table for every page instead of walking the popularity index).
  await prisma.$executeRawUnsafe('ANALYZE catalog.title, catalog.offer, catalog.localized_title, catalog.external_id, catalog.credit');
  report.durationMs = Date.now() - started;
  logger.info({ ingestion: report }, 'catalog ingestion finished');
  return report;
}
