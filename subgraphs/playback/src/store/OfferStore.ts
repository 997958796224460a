import type { CatalogTitleDocument } from '@media-gateway/events';
import type { Prisma, PrismaClient } from '@media-gateway/db';
import type { TitleOffer } from '../launch/TitleOffer.js';

/** A catalog title as launching knows it; null from `title()` when the catalogue never published it. */
export interface CatalogTitleOffers {
  titleId: string;
  runtimeMinutes: number | null;
  offers: TitleOffer[];
}

/** Playback's copy of catalog offers (`playback.catalog_title`, `playback.title_offer`). */
export class OfferStore {
  constructor(private readonly prisma: PrismaClient) {}

  async title(titleId: string): Promise<CatalogTitleOffers | null> {
    const row = await this.prisma.playbackCatalogTitle.findUnique({
      where: { titleId },
      include: { offers: { orderBy: { position: 'asc' } } },
    });
    if (!row) return null;
    return {
      titleId: row.titleId,
      runtimeMinutes: row.runtimeMinutes,
      offers: row.offers.map((o) => ({
        platformId: o.platformId,
        availabilityType: o.availabilityType,
        regions: o.regions,
        availableFrom: o.availableFrom?.getTime() ?? null,
        expiresAt: o.expiresAt?.getTime() ?? null,
        appUrl: o.appUrl,
        webUrl: o.webUrl,
      })),
    };
  }
}

/** One `catalog.title.upserted` document and the sequence it was written at. */
export interface CatalogTitleWrite {
  doc: CatalogTitleDocument;
  sequence: number;
}

/**
 * Applies `catalog.title.upserted` documents with three statements for the whole batch (a fresh start replays the
 * whole catalogue): each title and its offers are replaced unless a newer document is already stored, so a replay or
 * a late event changes nothing. Within the batch the latest document per title wins. Returns the titles written.
 */
export async function writeCatalogTitles(tx: Prisma.TransactionClient, writes: readonly CatalogTitleWrite[]): Promise<string[]> {
  const latest = new Map<string, CatalogTitleWrite>();
  for (const write of writes) {
    const seen = latest.get(write.doc.titleId);
    if (!seen || seen.sequence < write.sequence) latest.set(write.doc.titleId, write);
  }
  if (latest.size === 0) return [];
  const batch = [...latest.values()];
  const rows = await tx.$queryRaw<Array<{ title_id: string }>>`
    INSERT INTO "playback"."catalog_title" AS t ("title_id", "runtime_minutes", "document_version")
    SELECT * FROM unnest(${batch.map((w) => w.doc.titleId)}::uuid[], ${batch.map((w) => w.doc.runtimeMinutes ?? null)}::int[], ${batch.map((w) => BigInt(w.sequence))}::bigint[])
    ON CONFLICT ("title_id") DO UPDATE
       SET "runtime_minutes" = EXCLUDED."runtime_minutes", "document_version" = EXCLUDED."document_version", "updated_at" = now()
     WHERE t."document_version" < EXCLUDED."document_version"
    RETURNING t."title_id"::text AS title_id`;
  const written = rows.map((row) => row.title_id);
  if (written.length === 0) return [];
  await tx.playbackTitleOffer.deleteMany({ where: { titleId: { in: written } } });
  const offers = written.flatMap((titleId) =>
    latest.get(titleId)!.doc.offers.map((offer, position) => ({
      titleId,
      position,
      platformId: offer.platformId.toLowerCase(),
      availabilityType: offer.availabilityType,
      regions: (offer.regions ?? []).map((r) => r.toUpperCase()),
      availableFrom: offer.availableFrom ? new Date(offer.availableFrom) : null,
      expiresAt: offer.expiresAt ? new Date(offer.expiresAt) : null,
      appUrl: offer.deepLink?.appUrl ?? null,
      webUrl: offer.deepLink?.webUrl ?? null,
    })),
  );
  if (offers.length > 0) await tx.playbackTitleOffer.createMany({ data: offers });
  return written;
}
