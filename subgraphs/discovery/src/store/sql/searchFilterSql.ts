import type { ContentRestrictions, SearchFilters } from '../../ranking/SearchFilters.js';
import { ratingRank, stricterRating } from '../../vocabulary/contentRating.js';
import { normalizeGenre } from '../../vocabulary/genres.js';
import { PLATFORMS } from '../../vocabulary/platforms.js';

/**
 * `applyFilters` as a SQL condition on `discovery.search_document d`, so filtering happens before the limit instead
 * of after it. The meaning is the same, clause for clause (the integration tests compare both on every filter):
 *
 * - parental controls never relax: the stricter rating limit applies and an unrated title fails any limit; blocked
 *   and excluded genres both drop a title that has any of them;
 * - genres are OR; an unknown year, rating or runtime fails a range on it;
 * - platform, availability type and region hold for one and the same offer available at `now`; a region alone
 *   filters nothing; an offer without regions reaches wherever its platform operates, which discovery knows for
 *   regional platforms (`PLATFORMS`), so those not operating in the region are passed in.
 *
 * Only placeholders from `first` on are generated; every value travels as a parameter. Returns the condition and
 * its parameters in placeholder order.
 */
export function searchFilterSql(
  filters: SearchFilters,
  restrictions: ContentRestrictions | null,
  now: Date,
  first: number,
): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const p = (value: unknown, cast: string): string => {
    params.push(value);
    return `$${first + params.length - 1}::${cast}`;
  };

  const wanted = genreKeys(filters.genres ?? []);
  const unwanted = genreKeys([
    ...(filters.excludedGenres ?? []),
    ...(filters.blockedGenres ?? []),
    ...(restrictions?.blockedGenres ?? []),
  ]);
  const limit = stricterRating(filters.maxContentRating ?? null, restrictions?.maxContentRating ?? null);
  const platforms = filters.platforms?.length ? [...filters.platforms] : null;
  const types = filters.availabilityTypes?.length ? [...filters.availabilityTypes] : null;
  const region = filters.region ? filters.region.toUpperCase() : null;
  const notOperating = region ? PLATFORMS.filter((x) => x.regions.length > 0 && !x.regions.includes(region)).map((x) => x.id) : [];

  const g = p(wanted, 'text[]');
  const x = p(unwanted, 'text[]');
  const ct = p(filters.contentTypes?.length ? [...filters.contentTypes] : null, 'text[]');
  const range = (column: string, bounds: { min: number | null; max: number | null } | undefined, cast: string) => {
    const min = p(bounds?.min ?? null, cast);
    const max = p(bounds?.max ?? null, cast);
    return `(${min} IS NULL OR d.${column} >= ${min}) AND (${max} IS NULL OR d.${column} <= ${max})`;
  };
  const years = range('release_year', filters.yearRange, 'int');
  const ratings = range('average_rating', filters.ratingRange, 'double precision');
  const runtimes = range('runtime_minutes', filters.runtime, 'int');
  const rank = p(limit === null ? null : ratingRank(limit), 'int');
  const offers = p(platforms !== null || types !== null, 'boolean');
  const pl = p(platforms, 'text[]');
  const ty = p(types, 'text[]');
  const re = p(region, 'text');
  const no = p(notOperating, 'text[]');
  const at = p(now.toISOString(), 'timestamptz');

  const sql = `(${g} IS NULL OR d.genres && ${g})
   AND (${x} IS NULL OR NOT (d.genres && ${x}))
   AND (${ct} IS NULL OR d.content_type = ANY(${ct}))
   AND ${years}
   AND ${ratings}
   AND ${runtimes}
   AND (${rank} IS NULL OR d.rating_rank <= ${rank})
   AND (NOT ${offers} OR EXISTS (
         SELECT 1 FROM discovery.search_offer o
          WHERE o.title_id = d.title_id
            AND (${pl} IS NULL OR o.platform_id = ANY(${pl}))
            AND (${ty} IS NULL OR o.availability_type = ANY(${ty}))
            AND (${re} IS NULL
                 OR ${re} = ANY(o.regions)
                 OR (coalesce(cardinality(o.regions), 0) = 0 AND NOT (o.platform_id = ANY(${no}))))
            AND (o.available_from IS NULL OR o.available_from <= ${at})
            AND (o.expires_at IS NULL OR ${at} <= o.expires_at)))`;
  return { sql, params };
}

/** Genres in the stored spelling (`normalizeGenre`, else trimmed lower case), or null for none. */
function genreKeys(values: readonly string[]): string[] | null {
  const keys = [...new Set(values.map((v) => normalizeGenre(v) ?? v.trim().toLowerCase()))];
  return keys.length > 0 ? keys : null;
}
