import type { Prisma } from '@media-gateway/db';
import type { ResolvedTitle } from '../ingestion/types.js';
import { insertJsonRows } from './insertJsonRows.js';

type Tx = Prisma.TransactionClient;

const TITLE_COLUMNS = [
  ['id', 'uuid'], ['content_type', 'text'], ['title', 'text'], ['original_title', 'text'], ['original_language', 'text'],
  ['overview', 'text'], ['release_date', 'date'], ['release_year', 'int'], ['end_date', 'date'], ['runtime_minutes', 'int'],
  ['genres', 'text[]'], ['rating_system', 'text'], ['rating', 'text'], ['rating_rank', 'int'], ['popularity', 'double precision'],
  ['average_rating', 'double precision'], ['vote_count', 'int'], ['quality_score', 'double precision'], ['updated_at', 'timestamptz'],
] as const;

// `document_hash` stays as it was (the events code compares it with the new document), except on a title coming back
// from a soft delete, which has no live published document. SET reads the row's old values throughout.
const UPDATE_TITLE = `ON CONFLICT (id) DO UPDATE SET ${TITLE_COLUMNS.filter(([name]) => name !== 'id')
  .map(([name]) => `${name} = EXCLUDED.${name}`)
  .join(', ')}, document_hash = CASE WHEN title.deleted_at IS NULL THEN title.document_hash END, deleted_at = NULL`;

const CHILD_TABLES = ['localized_title', 'external_id', 'credit', 'offer', 'source_record'] as const;

/**
 * Writes resolved titles as the full truth for those titles: the title row is upserted and its children (names,
 * external ids, credits, offers, source records) replaced. Runs inside the caller's transaction so a failed
 * import leaves the catalogue as it was.
 */
export async function writeResolvedTitles(tx: Tx, titles: readonly ResolvedTitle[], now: Date): Promise<void> {
  if (titles.length === 0) return;
  const day = (date: Date | null) => date?.toISOString().slice(0, 10) ?? null;
  await insertJsonRows(
    tx,
    'catalog.title',
    TITLE_COLUMNS,
    titles.map((t) => ({
      id: t.id,
      content_type: t.contentType,
      title: t.title,
      original_title: t.originalTitle,
      original_language: t.originalLanguage,
      overview: t.overview,
      release_date: day(t.releaseDate),
      release_year: t.releaseYear,
      end_date: day(t.endDate),
      runtime_minutes: t.runtimeMinutes,
      genres: t.genres,
      rating_system: t.contentRating?.system ?? null,
      rating: t.contentRating?.rating ?? null,
      rating_rank: t.contentRating?.rank ?? null,
      popularity: t.popularity,
      average_rating: t.averageRating,
      vote_count: t.voteCount,
      quality_score: t.qualityScore,
      updated_at: now.toISOString(),
    })),
    UPDATE_TITLE,
  );

  const ids = titles.map((t) => t.id);
  for (const table of CHILD_TABLES) {
    await tx.$executeRawUnsafe(`DELETE FROM catalog.${table} WHERE title_id = ANY($1::uuid[])`, ids);
  }

  await insertJsonRows(
    tx,
    'catalog.localized_title',
    [['title_id', 'uuid'], ['locale', 'text'], ['position', 'int'], ['name', 'text']],
    titles.flatMap((t) =>
      t.localizedTitles.flatMap(({ locale, names }) => names.map((name, position) => ({ title_id: t.id, locale, position, name }))),
    ),
    'ON CONFLICT DO NOTHING',
  );
  await insertJsonRows(
    tx,
    'catalog.external_id',
    [['system', 'text'], ['value', 'text'], ['title_id', 'uuid']],
    titles.flatMap((t) => t.externalIds.map(({ system, value }) => ({ system, value, title_id: t.id }))),
    'ON CONFLICT DO NOTHING',
  );
  await insertJsonRows(
    tx,
    'catalog.credit',
    [['id', 'uuid'], ['title_id', 'uuid'], ['person_name', 'text'], ['role', 'text'], ['job', 'text'], ['position', 'int']],
    titles.flatMap((t) =>
      t.credits.map((c) => ({ id: crypto.randomUUID(), title_id: t.id, person_name: c.personName, role: c.role, job: c.job, position: c.position })),
    ),
  );
  await insertJsonRows(
    tx,
    'catalog.offer',
    [
      ['id', 'uuid'], ['title_id', 'uuid'], ['platform_id', 'text'], ['platform_title_id', 'text'], ['regions', 'text[]'],
      ['availability_type', 'text'], ['price_amount', 'numeric(10,2)'], ['price_currency', 'text'], ['quality_tiers', 'text[]'],
      ['subscription_tier', 'text'], ['web_url', 'text'], ['available_from', 'timestamptz'], ['expires_at', 'timestamptz'],
      ['source', 'text'], ['added_at', 'timestamptz'],
    ],
    titles.flatMap((t) =>
      t.offers.map((o) => ({
        id: o.id,
        title_id: t.id,
        platform_id: o.platformId,
        platform_title_id: o.platformTitleId,
        regions: o.regions,
        availability_type: o.availabilityType,
        price_amount: o.price?.amount ?? null,
        price_currency: o.price?.currency ?? null,
        quality_tiers: o.qualityTiers,
        subscription_tier: o.subscriptionTier,
        web_url: o.webUrl,
        available_from: o.availableFrom?.toISOString() ?? null,
        expires_at: o.expiresAt?.toISOString() ?? null,
        source: o.source,
        added_at: now.toISOString(),
      })),
    ),
    'ON CONFLICT (id) DO NOTHING',
  );
  await insertJsonRows(
    tx,
    'catalog.source_record',
    [['source', 'text'], ['source_key', 'text'], ['title_id', 'uuid'], ['imported_at', 'timestamptz']],
    titles.flatMap((t) => t.sourceRecords.map((r) => ({ source: r.source, source_key: r.sourceKey, title_id: t.id, imported_at: now.toISOString() }))),
    'ON CONFLICT DO NOTHING',
  );
}
