import type { PrismaClient } from '@media-gateway/db';
import type { TitleQuery } from '../title/TitleQuery.js';
import type { CatalogStore, OfferRecord, PlatformRecord, TitleDetails, TitleRecord } from './CatalogStore.js';
import { afterCursorWhere, offerWhere, titleOrderBy, titleWhere } from './titleWhere.js';


export class PrismaCatalogStore implements CatalogStore {
  constructor(private readonly prisma: PrismaClient, private readonly options: { includeDemoOffers: boolean }) {}

  async titlesByIds(ids: readonly string[]): Promise<TitleRecord[]> {
    if (ids.length === 0) return [];
    return this.prisma.title.findMany({ where: { id: { in: [...ids] }, deletedAt: null } });
  }

  async detailsFor(ids: readonly string[]): Promise<Map<string, TitleDetails>> {
    const where = { titleId: { in: [...ids] } };
    const [names, externalIds, credits] = await Promise.all([
      this.prisma.localizedTitle.findMany({ where, select: { titleId: true, locale: true, position: true, name: true } }),
      this.prisma.externalId.findMany({ where, select: { titleId: true, system: true, value: true } }),
      this.prisma.credit.findMany({ where, select: { titleId: true, personName: true, role: true, job: true, position: true }, orderBy: { position: 'asc' } }),
    ]);
    const details = new Map<string, TitleDetails>(ids.map((id) => [id, { localizedTitles: [], externalIds: [], credits: [] }]));
    for (const { titleId, ...row } of names) details.get(titleId)?.localizedTitles.push(row);
    for (const { titleId, ...row } of externalIds) details.get(titleId)?.externalIds.push(row);
    for (const { titleId, ...row } of credits) details.get(titleId)?.credits.push(row);
    return details;
  }

  async findTitles(query: TitleQuery, now: Date): Promise<{ rows: TitleRecord[]; hasNextPage: boolean }> {
    const where = titleWhere(query, now, this.options.includeDemoOffers);
    const rows = await this.prisma.title.findMany({
      where: query.after ? { AND: [where, afterCursorWhere(query.after)] } : where,
      orderBy: titleOrderBy(query.order),
      take: query.first + 1,
    });
    return { rows: rows.slice(0, query.first), hasNextPage: rows.length > query.first };
  }

  countTitles(query: TitleQuery, now: Date): Promise<number> {
    return this.prisma.title.count({ where: titleWhere(query, now, this.options.includeDemoOffers) });
  }

  async offersFor(titleIds: readonly string[], region: string, now: Date): Promise<OfferRecord[]> {
    if (titleIds.length === 0) return [];
    const rows = await this.prisma.offer.findMany({
      where: { AND: [{ titleId: { in: [...titleIds] } }, offerWhere({ region }, now, this.options.includeDemoOffers)] },
      orderBy: [{ platformId: 'asc' }, { availabilityType: 'asc' }, { id: 'asc' }],
    });
    return rows.map((row) => ({ ...row, priceAmount: row.priceAmount === null ? null : Number(row.priceAmount) }));
  }

  platforms(): Promise<PlatformRecord[]> {
    return this.prisma.platform.findMany({ orderBy: { id: 'asc' } });
  }

  async genreCounts(): Promise<Array<{ genre: string; count: number }>> {
    const rows = await this.prisma.$queryRaw<Array<{ genre: string; count: bigint }>>`
      SELECT g AS genre, count(*) AS count
      FROM catalog.title t, unnest(t.genres) AS g
      WHERE t.deleted_at IS NULL
      GROUP BY g`;
    return rows.map((row) => ({ genre: row.genre, count: Number(row.count) }));
  }
}
