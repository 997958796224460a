import type { Prisma } from '@media-gateway/db';
import type { ResolvedTitle } from '../ingestion/types.js';

type Tx = Prisma.TransactionClient;

const TITLE_COLUMNS = `id uuid, content_type text, title text, original_title text, original_language text, overview text,
  release_date date, release_year int, end_date date, runtime_minutes int, genres text[], rating_system text, rating text,
  rating_rank int, popularity double precision, average_rating double precision, vote_count int, quality_score double precision`;

/**
 * Writes resolved titles as the full truth for those titles: the title row is upserted and its children (names,
 * external ids, credits, offers, source records) replaced. Runs inside the caller's transaction so a failed
 * import leaves the catalogue as it was.
 */
export async function writeResolvedTitles(tx: Tx, titles: readonly ResolvedTitle[], now: Date): Promise<void> {
  if (titles.length === 0) return;
  const rows = titles.map((t) => ({
    id: t.id,
    content_type: t.contentType,
    title: t.title,
    original_title: t.originalTitle,
    original_language: t.originalLanguage,
    overview: t.overview,
    release_date: t.releaseDate?.toISOString().slice(0, 10) ?? null,
    release_year: t.releaseYear,
    end_date: t.endDate?.toISOString().slice(0, 10) ?? null,
    runtime_minutes: t.runtimeMinutes,
    genres: t.genres,
    rating_system: t.contentRating?.system ?? null,
    rating: t.contentRating?.rating ?? null,
    rating_rank: t.contentRating?.rank ?? null,
    popularity: t.popularity,
    average_rating: t.averageRating,
    vote_count: t.voteCount,
    quality_score: t.qualityScore,
  }));
  // One statement per batch instead of one upsert per title: the import is thousands of rows.
  await tx.$executeRawUnsafe(
    `INSERT INTO catalog.title (id, content_type, title, original_title, original_language, overview, release_date,
       release_year, end_date, runtime_minutes, genres, rating_system, rating, rating_rank, popularity, average_rating,
       vote_count, quality_score, updated_at, deleted_at)
     SELECT r.*, $2::timestamptz, NULL FROM jsonb_to_recordset($1::jsonb) AS r(${TITLE_COLUMNS})
     ON CONFLICT (id) DO UPDATE SET
       content_type = EXCLUDED.content_type, title = EXCLUDED.title, original_title = EXCLUDED.original_title,
       original_language = EXCLUDED.original_language, overview = EXCLUDED.overview, release_date = EXCLUDED.release_date,
       release_year = EXCLUDED.release_year, end_date = EXCLUDED.end_date, runtime_minutes = EXCLUDED.runtime_minutes,
       genres = EXCLUDED.genres, rating_system = EXCLUDED.rating_system, rating = EXCLUDED.rating,
       rating_rank = EXCLUDED.rating_rank, popularity = EXCLUDED.popularity, average_rating = EXCLUDED.average_rating,
       vote_count = EXCLUDED.vote_count, quality_score = EXCLUDED.quality_score, updated_at = EXCLUDED.updated_at,
       deleted_at = NULL`,
    JSON.stringify(rows),
    now.toISOString(),
  );

  const ids = titles.map((t) => t.id);
  const where = { titleId: { in: ids } };
  await tx.localizedTitle.deleteMany({ where });
  await tx.externalId.deleteMany({ where });
  await tx.credit.deleteMany({ where });
  await tx.offer.deleteMany({ where });
  await tx.sourceRecord.deleteMany({ where });

  await tx.localizedTitle.createMany({
    data: titles.flatMap((t) =>
      t.localizedTitles.flatMap(({ locale, names }) => names.map((name, position) => ({ titleId: t.id, locale, position, name }))),
    ),
    skipDuplicates: true,
  });
  await tx.externalId.createMany({
    data: titles.flatMap((t) => t.externalIds.map(({ system, value }) => ({ titleId: t.id, system, value }))),
    skipDuplicates: true,
  });
  await tx.credit.createMany({
    data: titles.flatMap((t) =>
      t.credits.map((c) => ({ titleId: t.id, personName: c.personName, role: c.role, job: c.job, position: c.position })),
    ),
  });
  await tx.offer.createMany({
    data: titles.flatMap((t) =>
      t.offers.map((o) => ({
        id: o.id,
        titleId: t.id,
        platformId: o.platformId,
        platformTitleId: o.platformTitleId,
        regions: o.regions,
        availabilityType: o.availabilityType,
        priceAmount: o.price?.amount ?? null,
        priceCurrency: o.price?.currency ?? null,
        qualityTiers: o.qualityTiers,
        subscriptionTier: o.subscriptionTier,
        webUrl: o.webUrl,
        availableFrom: o.availableFrom,
        expiresAt: o.expiresAt,
        source: o.source,
      })),
    ),
    skipDuplicates: true,
  });
  await tx.sourceRecord.createMany({
    data: titles.flatMap((t) => t.sourceRecords.map((r) => ({ titleId: t.id, source: r.source, sourceKey: r.sourceKey }))),
    skipDuplicates: true,
  });
}
