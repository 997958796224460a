import { describe, expect, it } from 'vitest';
import type { RecommendationList } from '../../src/lib/results.js';
import { formatRecommendations } from '../../src/output/formatRecommendations.js';

const title = { id: 't1', name: 'Heat', contentType: 'MOVIE', releaseYear: 1995, genres: ['CRIME'], runtimeMinutes: 170, averageRating: 8.3, contentRating: { rating: 'R', minimumAge: 17 } };
const list = (overrides: Partial<RecommendationList>): RecommendationList =>
  ({
    personalized: true,
    fallback: null,
    reason: null,
    generatedAt: '2026-12-02T08:00:00.000Z',
    ttlSeconds: 3600,
    experiment: null,
    items: [{ score: 0.9, confidence: 0.6, kind: 'GRAPH', explanation: 'Same director as Collateral', basedOn: [{ id: 't0', name: 'Collateral' }], title }],
    ...overrides,
  }) as RecommendationList;

describe('formatRecommendations', () => {
  it('lists each pick with its id and why', () => {
    expect(formatRecommendations(list({}))).toBe(['1. Heat (1995) · movie · Crime · 170 min · R · ★ 8.3', '   id: t1', '   why: Same director as Collateral'].join('\n'));
  });

  it('says when the list is not personal, or a fallback, and when it is empty', () => {
    expect(formatRecommendations(list({ personalized: false, items: [] }))).toBe(
      'Not personalised (no personalisation consent): showing what is trending.\nNo recommendations right now.',
    );
    expect(formatRecommendations(list({ fallback: 'COLD_START' }))).toMatch(/^Not much watched yet/);
    expect(formatRecommendations(list({ reason: 'outside viewing hours', items: [] }))).toContain('note: outside viewing hours');
  });
});
