import type { Prisma, PrismaClient } from '@media-gateway/db';
import type { CatalogEntry } from '../catalog/CatalogEntry.js';
import type { CatalogRow } from '../catalog/toCatalogRow.js';

/** One catalog row and the sequence of the event that described it. */
export interface CatalogWrite {
  row: CatalogRow;
  sequence: number;
}

/**
 * Applies `catalog.title.upserted` rows with one statement for the whole batch (a fresh start replays the whole
 * catalogue): each title is replaced unless a newer document is stored, so a replay changes nothing. Within the batch
 * the latest document per title wins. Returns how many titles were written.
 */
export async function writeCatalogItems(tx: Prisma.TransactionClient, writes: readonly CatalogWrite[]): Promise<number> {
  const latest = new Map<string, CatalogWrite>();
  for (const write of writes) {
    const seen = latest.get(write.row.titleId);
    if (!seen || seen.sequence < write.sequence) latest.set(write.row.titleId, write);
  }
  if (latest.size === 0) return 0;
  // Arrays of arrays cannot go through unnest (Postgres arrays are rectangular), so the batch travels as JSON.
  const batch = JSON.stringify(
    [...latest.values()].map(({ row, sequence }) => ({
      title_id: row.titleId,
      name: row.name,
      content_type: row.contentType,
      genres: row.genres,
      directors: row.directors,
      lead_cast: row.leadCast,
      release_year: row.releaseYear,
      runtime_minutes: row.runtimeMinutes,
      popularity: row.popularity,
      rating_level: row.ratingLevel,
      regions: row.regions,
      worldwide: row.worldwide,
      document_version: sequence,
    })),
  );
  return tx.$executeRaw`
    INSERT INTO "recommendations"."catalog_item" AS c
      ("title_id", "name", "content_type", "genres", "directors", "lead_cast", "release_year", "runtime_minutes",
       "popularity", "rating_level", "regions", "worldwide", "document_version")
    SELECT x.title_id, x.name, x.content_type, x.genres, x.directors, x.lead_cast, x.release_year, x.runtime_minutes,
           x.popularity, x.rating_level, x.regions, x.worldwide, x.document_version
      FROM jsonb_to_recordset(${batch}::jsonb) AS x(
        title_id uuid, name text, content_type text, genres text[], directors text[], lead_cast text[], release_year int,
        runtime_minutes int, popularity double precision, rating_level int, regions text[], worldwide boolean, document_version bigint)
    ON CONFLICT ("title_id") DO UPDATE
       SET "name" = EXCLUDED."name", "content_type" = EXCLUDED."content_type", "genres" = EXCLUDED."genres",
           "directors" = EXCLUDED."directors", "lead_cast" = EXCLUDED."lead_cast", "release_year" = EXCLUDED."release_year",
           "runtime_minutes" = EXCLUDED."runtime_minutes", "popularity" = EXCLUDED."popularity",
           "rating_level" = EXCLUDED."rating_level", "regions" = EXCLUDED."regions", "worldwide" = EXCLUDED."worldwide",
           "document_version" = EXCLUDED."document_version", "updated_at" = now()
     WHERE c."document_version" < EXCLUDED."document_version"`;
}

/** Every catalogue title, in a stable order (by id), as the models index them. */
export async function loadCatalog(prisma: PrismaClient): Promise<CatalogEntry[]> {
  const rows = await prisma.recommendationsCatalogItem.findMany({ orderBy: { titleId: 'asc' } });
  return rows.map((row) => ({
    id: row.titleId,
    name: row.name,
    contentType: row.contentType === 'SERIES' ? 'SERIES' : 'MOVIE',
    genres: row.genres,
    directors: row.directors,
    cast: row.leadCast,
    releaseYear: row.releaseYear,
    runtimeMinutes: row.runtimeMinutes,
    popularity: row.popularity,
    ratingLevel: row.ratingLevel,
    regions: row.worldwide ? null : row.regions,
  }));
}
