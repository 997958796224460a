import { createTsScorer, trainCollaborativeModel } from '@media-gateway/recommender';
import type { CatalogEntry } from '../../src/catalog/CatalogEntry.js';
import { buildCatalogModel } from '../../src/model/CatalogModel.js';
import type { Models } from '../../src/model/ModelStore.js';
import { withViewingFlags } from '../../src/signals/viewingFlags.js';
import type { InteractionRecord } from '../../src/store/InteractionStore.js';

const GENRES = ['drama', 'comedy', 'horror', 'animation', 'science_fiction'];

/** Title id `t<i>` as a UUID. */
export const titleId = (i: number) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;

/**
 * 60 titles: genre i % 5, one director per 6 titles, ratings G … NC-17 cycling (every 7th unrated), popularity
 * falling with the index; titles 50–59 only play in JP, the rest worldwide except every 4th (US only).
 */
export function tinyCatalog(): CatalogEntry[] {
  return Array.from({ length: 60 }, (_, i) => ({
    id: titleId(i),
    name: `Title ${i}`,
    genres: [GENRES[i % 5]!],
    directors: [`Director ${Math.floor(i / 6)}`],
    cast: [`Actor ${i % 10}`],
    releaseYear: 1980 + (i % 40),
    contentType: i % 3 === 0 ? 'SERIES' : 'MOVIE',
    popularity: 1 - i / 60,
    runtimeMinutes: 90 + (i % 60),
    ratingLevel: i % 7 === 6 ? null : i % 5,
    regions: i >= 50 ? ['JP'] : i % 4 === 0 ? ['US'] : null,
  }));
}

/** Completions of `titles` by a profile, one a minute. */
export function completions(userId: string, profileId: string, titles: number[], from = 1_000): InteractionRecord[] {
  return titles.map((i, n) => ({ userId, profileId, titleId: titleId(i), kind: 'COMPLETION', completion: 1, at: from + n * 60_000 }));
}

/** Models over the tiny catalogue, with ALS trained on `log` and the TypeScript scorer. */
export function tinyModels(log: readonly InteractionRecord[]): Models {
  const catalog = buildCatalogModel(tinyCatalog(), 0);
  const collaborative = trainCollaborativeModel(withViewingFlags(log), catalog.indexById);
  const scorer = collaborative?.als ? createTsScorer(collaborative.als.itemFactors, collaborative.als.factors) : null;
  return { catalog, collaborative, scorer };
}
