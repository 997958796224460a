import type { Prisma } from '@media-gateway/db';
import type { TitleDocumentSource } from '../events/TitleDocumentSource.js';
import type { ContentType, CreditRef, LocalizedNames } from '../ingestion/types.js';
import { groupByTitle } from './groupByTitle.js';
import { offerSource } from './offerSource.js';

export interface StoredTitleDocumentSource {
  title: TitleDocumentSource;
  /** Hash of the document last published for the title; null if none was (or the title was revived since). */
  documentHash: string | null;
}

/**
 * The live titles among `ids` (not soft-deleted), read back from the database in the shape documents are built from.
 * Documents come from what was stored, never from what an import meant to store: a write can keep less than it was
 * given (an external id already claimed by another title stays with that title), and the published document must
 * match what the catalog serves.
 */
export async function loadTitleDocumentSources(tx: Prisma.TransactionClient, ids: readonly string[]): Promise<StoredTitleDocumentSource[]> {
  if (ids.length === 0) return [];
  const titles = await tx.title.findMany({ where: { id: { in: [...ids] }, deletedAt: null }, orderBy: { id: 'asc' } });
  // One query per child table, one after the other: an `include` inside a transaction sends them concurrently on
  // the transaction's single connection, which pg queues and warns about.
  const where = { titleId: { in: titles.map((t) => t.id) } };
  const namesOf = groupByTitle(await tx.localizedTitle.findMany({ where, orderBy: [{ titleId: 'asc' }, { locale: 'asc' }, { position: 'asc' }] }));
  const creditsOf = groupByTitle(await tx.credit.findMany({ where, orderBy: [{ titleId: 'asc' }, { position: 'asc' }] }));
  const externalIdsOf = groupByTitle(await tx.externalId.findMany({ where }));
  const offersOf = groupByTitle(await tx.offer.findMany({ where }));
  return titles.map((row) => ({
    documentHash: row.documentHash,
    title: {
      id: row.id,
      contentType: row.contentType as ContentType,
      title: row.title,
      originalTitle: row.originalTitle,
      overview: row.overview,
      localizedTitles: groupByLocale(namesOf.get(row.id) ?? []),
      genres: row.genres ?? [],
      credits: (creditsOf.get(row.id) ?? []).map((c) => ({ personName: c.personName, role: c.role as CreditRef['role'], position: c.position })),
      releaseYear: row.releaseYear,
      releaseDate: row.releaseDate,
      runtimeMinutes: row.runtimeMinutes,
      contentRating: row.ratingSystem !== null && row.rating !== null ? { system: row.ratingSystem, rating: row.rating } : null,
      popularity: row.popularity,
      averageRating: row.averageRating,
      voteCount: row.voteCount,
      qualityScore: row.qualityScore,
      externalIds: (externalIdsOf.get(row.id) ?? []).map(({ system, value }) => ({ system, value })),
      offers: (offersOf.get(row.id) ?? []).map(offerSource),
    },
  }));
}

function groupByLocale(names: ReadonlyArray<{ locale: string; name: string }>): LocalizedNames[] {
  const byLocale = new Map<string, string[]>();
  for (const { locale, name } of names) byLocale.set(locale, [...(byLocale.get(locale) ?? []), name]);
  return [...byLocale].map(([locale, list]) => ({ locale, names: list }));
}
