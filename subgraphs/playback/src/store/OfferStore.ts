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

/**
 * Applies one `catalog.title.upserted` document written at `sequence`: the title and its offers are replaced unless
 * a newer document is already stored (a replay or a late event changes nothing). True when written.
 */
export async function writeCatalogTitle(tx: Prisma.TransactionClient, doc: CatalogTitleDocument, sequence: number): Promise<boolean> {
  const written = await tx.$executeRaw`
    INSERT INTO "playback"."catalog_title" AS t ("title_id", "runtime_minutes", "document_version")
    VALUES (${doc.titleId}::uuid, ${doc.runtimeMinutes}::int, ${sequence}::bigint)
    ON CONFLICT ("title_id") DO UPDATE
       SET "runtime_minutes" = EXCLUDED."runtime_minutes", "document_version" = EXCLUDED."document_version", "updated_at" = now()
     WHERE t."document_version" < EXCLUDED."document_version"`;
  if (written === 0) return false;
  await tx.playbackTitleOffer.deleteMany({ where: { titleId: doc.titleId } });
  if (doc.offers.length > 0) {
    await tx.playbackTitleOffer.createMany({
      data: doc.offers.map((offer, position) => ({
        titleId: doc.titleId,
        position,
        platformId: offer.platformId.toLowerCase(),
        availabilityType: offer.availabilityType,
        regions: (offer.regions ?? []).map((r) => r.toUpperCase()),
        availableFrom: offer.availableFrom ? new Date(offer.availableFrom) : null,
        expiresAt: offer.expiresAt ? new Date(offer.expiresAt) : null,
        appUrl: offer.deepLink?.appUrl ?? null,
        webUrl: offer.deepLink?.webUrl ?? null,
      })),
    });
  }
  return true;
}
