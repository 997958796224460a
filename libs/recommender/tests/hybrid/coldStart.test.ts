import { describe, expect, it } from 'vitest';
import { coldStartRecommendations, isColdStart, type CatalogItem } from '@media-gateway/recommender';

function item(id: string, genres: string[], popularity: number, regions?: string[] | null): CatalogItem {
  return { id, genres, directors: [], cast: [], releaseYear: 2020, contentType: 'MOVIE', popularity, regions: regions ?? null };
}

const items = [
  item('hit', ['action'], 0.99),
  item('scifi-1', ['science_fiction'], 0.8),
  item('scifi-2', ['science_fiction'], 0.7),
  item('horror-1', ['horror'], 0.6),
  item('horror-2', ['horror', 'science_fiction'], 0.75),
  item('us-only', ['comedy'], 0.95, ['US']),
  item('drama', ['drama'], 0.5),
];

describe('cold start', () => {
  it('is cold at five watches or fewer (§5)', () => {
    expect(isColdStart(5)).toBe(true);
    expect(isColdStart(6)).toBe(false);
  });

  it('orders onboarding genres first (round-robin by popularity), then regional trending', () => {
    const picks = coldStartRecommendations(items, { genres: ['science_fiction', 'horror'], region: 'FR', genreCount: 3, trendingCount: 2 });
    expect(picks.map((p) => [items[p.index]!.id, p.reason, p.genre ?? p.region])).toEqual([
      ['scifi-1', 'ONBOARDING_GENRE', 'science_fiction'],
      ['horror-2', 'ONBOARDING_GENRE', 'horror'],
      ['scifi-2', 'ONBOARDING_GENRE', 'science_fiction'],
      // us-only is more popular but not playable in FR.
      ['hit', 'REGIONAL_TRENDING', 'FR'],
      ['horror-1', 'REGIONAL_TRENDING', 'FR'],
    ]);
  });

  it('never repeats a title or returns an excluded one', () => {
    const picks = coldStartRecommendations(items, { genres: ['science_fiction', 'horror'], exclude: new Set([0]) });
    const ids = picks.map((p) => items[p.index]!.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).not.toContain('hit');
    expect(ids).toHaveLength(items.length - 1);
    expect(ids.slice(4)).toEqual(['us-only', 'drama']);
  });

  it('is only trending without onboarding genres', () => {
    expect(coldStartRecommendations(items, { genres: [], trendingCount: 2 }).map((p) => [p.index, p.reason])).toEqual([[0, 'REGIONAL_TRENDING'], [5, 'REGIONAL_TRENDING']]);
  });
});
