import type { CatalogItem } from '../content/CatalogItem.js';

/** §5: a user with at most this many watches is cold and gets onboarding genres, then regional trending. */
export const COLD_START_MAX_WATCHES = 5;

export function isColdStart(watchCount: number): boolean {
  return watchCount <= COLD_START_MAX_WATCHES;
}

export interface ColdStartPick {
  index: number;
  /** The item's popularity: the ordering within each part of the list. */
  score: number;
  reason: 'ONBOARDING_GENRE' | 'REGIONAL_TRENDING';
  /** The onboarding genre that picked it (`ONBOARDING_GENRE` only). */
  genre?: string;
  /** The region trending was computed for, when one was given. */
  region?: string;
}

/**
 * The §5 cold-start list, in order: up to `genreCount` (20) top titles from the onboarding genres, taken round-robin
 * across the genres by popularity so the first genre does not fill the list alone, then up to `trendingCount` (20)
 * of the most popular titles available in `region` that were not already picked. Titles not available in `region`
 * are left out of both parts (a pick the viewer cannot play is no pick); without a region nothing is filtered.
 * "Trending" is popularity here: the catalogue's popularity is the only recency-aware signal a library has.
 */
export function coldStartRecommendations(
  items: readonly CatalogItem[],
  options: { genres: readonly string[]; region?: string; exclude?: ReadonlySet<number>; genreCount?: number; trendingCount?: number },
): ColdStartPick[] {
  const genreCount = options.genreCount ?? 20;
  const trendingCount = options.trendingCount ?? 20;
  for (const [name, value] of [['genreCount', genreCount], ['trendingCount', trendingCount]] as const) {
    if (!Number.isInteger(value) || value < 0) throw new TypeError(`${name} must be a non-negative integer, got ${value}`);
  }
  const { region } = options;
  const playable = (item: CatalogItem) => !region || !item.regions || item.regions.includes(region);
  const byPopularity = items
    .map((item, index) => ({ item, index }))
    .filter(({ item, index }) => !options.exclude?.has(index) && playable(item))
    .sort((a, b) => b.item.popularity - a.item.popularity || a.index - b.index);

  const picks: ColdStartPick[] = [];
  const taken = new Set<number>();
  const genres = [...new Set(options.genres)];
  const queues = genres.map((genre) => byPopularity.filter(({ item }) => item.genres.includes(genre)));
  const cursors = genres.map(() => 0);
  while (picks.length < genreCount && queues.some((queue, g) => cursors[g]! < queue.length)) {
    genres.forEach((genre, g) => {
      const queue = queues[g]!;
      while (cursors[g]! < queue.length && taken.has(queue[cursors[g]!]!.index)) cursors[g]! += 1;
      const next = queue[cursors[g]!];
      if (!next || picks.length >= genreCount) return;
      cursors[g]! += 1;
      taken.add(next.index);
      picks.push({ index: next.index, score: next.item.popularity, reason: 'ONBOARDING_GENRE', genre });
    });
  }
  let trending = 0;
  for (const { item, index } of byPopularity) {
    if (trending >= trendingCount) break;
    if (taken.has(index)) continue;
    taken.add(index);
    trending += 1;
    picks.push({ index, score: item.popularity, reason: 'REGIONAL_TRENDING', ...(region ? { region } : {}) });
  }
  return picks;
}
