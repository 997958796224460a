import { describe, expect, it } from 'vitest';
import {
  buildItemGraph,
  createTsScorer,
  DEFAULT_HYBRID_WEIGHTS,
  metadataVectors,
  popularityOrder,
  recommendHybrid,
  trainCollaborativeModel,
  type CatalogItem,
  type HybridModels,
  type HybridRequest,
  type Interaction,
} from '@media-gateway/recommender';

// 40 titles in four genres (index % 4), one director per 5 titles, popularity falling with the index.
const GENRES = ['drama', 'comedy', 'horror', 'animation'];
const base: CatalogItem[] = Array.from({ length: 40 }, (_, i) => ({
  id: `t${i}`,
  genres: [GENRES[i % 4]!],
  directors: [`d${Math.floor(i / 5)}`],
  cast: [],
  releaseYear: 1990 + (i % 10),
  contentType: 'MOVIE',
  popularity: 1 - i / 40,
}));
const { vectors } = metadataVectors(base);
const items = base.map((item, i) => ({ ...item, vector: vectors[i]! }));
// Twenty viewers: the even ones finish dramas, the odd ones comedies.
const log: Interaction[] = Array.from({ length: 20 }, (_, u) =>
  Array.from({ length: 8 }, (_, n): Interaction => ({ userId: `u${u}`, itemId: `t${(u % 2) + 4 * ((n + u) % 10)}`, kind: 'COMPLETION', at: n })),
).flat();
const collaborative = trainCollaborativeModel(log, new Map(items.map((item, i) => [item.id, i])))!;
const models: HybridModels = {
  items,
  graph: buildItemGraph(items),
  popularity: popularityOrder(items),
  collaborative,
  scorer: createTsScorer(collaborative.als!.itemFactors, collaborative.als!.factors),
};
const dramas = [0, 4, 8, 12, 16, 20];
const request = (overrides: Partial<HybridRequest> = {}): HybridRequest => ({
  feedback: dramas.map((itemIndex, n) => ({ itemIndex, value: 1, at: n })),
  exclude: new Set(dramas),
  onboardingGenres: ['horror'],
  context: { hour: 20 },
  first: 5,
  weights: DEFAULT_HYBRID_WEIGHTS,
  adapter: null,
  now: 100,
  ...overrides,
});

describe('recommendHybrid', () => {
  it('recommends more of what the viewer and their neighbours finish, never an excluded title', async () => {
    const result = await recommendHybrid(models, request());
    expect(result.fallback).toBeNull();
    expect(result.positives).toBe(6);
    expect(result.picks).toHaveLength(5);
    for (const pick of result.picks) expect(dramas).not.toContain(pick.index);
    // The dramas the viewer has not finished lead: every source agrees on them.
    expect(items[result.picks[0]!.index]!.genres).toEqual(['drama']);
    expect(result.picks.every((pick) => 'sources' in pick)).toBe(true);
  });

  it('starts cold with ≤ 5 positive titles: onboarding genres first', async () => {
    const result = await recommendHybrid(models, request({ feedback: request().feedback.slice(0, 5) }));
    expect(result.fallback).toBe('COLD_START');
    expect(result.picks[0]).toMatchObject({ reason: 'ONBOARDING_GENRE', genre: 'horror', index: 2 });
  });

  it('falls back to popularity, flagged, when every merged score is below 0.3', async () => {
    const result = await recommendHybrid(models, request({ weights: { collaborative: 0, content: 0, graph: 0, context: 0.2 } }));
    expect(result.fallback).toBe('POPULARITY');
    expect(result.picks.map((pick) => pick.index)).toEqual([1, 2, 3, 5, 6]);
  });
});
