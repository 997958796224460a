import { DEFAULT_HYBRID_WEIGHTS } from '@media-gateway/recommender';
import { describe, expect, it } from 'vitest';
import { recommend, type RecommendInput } from '../../src/serving/recommend.js';
import { completions, tinyCatalog, tinyModels, titleId } from '../support/tinyModels.js';

const U = '10000000-0000-4000-8000-000000000001';
const P = '20000000-0000-4000-8000-000000000001';
const catalog = tinyCatalog();
// Ten other profiles watch drama-director clusters, so ALS and item-kNN have something to learn.
const others = Array.from({ length: 10 }, (_, u) =>
  completions(`30000000-0000-4000-8000-00000000000${u}`, `40000000-0000-4000-8000-00000000000${u}`, [0, 5, 10, 15, 20, 25, 30].map((t) => (t + u) % 50)),
).flat();
const history = completions(U, P, [0, 5, 10, 15, 20, 25, 30]);
const models = tinyModels([...others, ...history]);

const input = (overrides: Partial<RecommendInput> = {}): RecommendInput => ({
  models,
  history,
  personalization: true,
  onboardingGenres: ['comedy'],
  filters: { region: 'US', maxRatingRank: null, blockedGenres: [] },
  viewingAllowedNow: true,
  context: { hour: 20 },
  first: 10,
  weights: DEFAULT_HYBRID_WEIGHTS,
  adapter: null,
  now: 10_000_000,
  ...overrides,
});
const byId = new Map(catalog.map((item) => [item.id, item]));

describe('recommend', () => {
  it('runs the hybrid past cold start: no watched title, every item explained, at most `first`', async () => {
    const out = await recommend(input());
    expect(out.fallback).not.toBe('COLD_START');
    expect(out.personalized).toBe(true);
    expect(out.items.length).toBe(10);
    const watched = new Set(history.map((r) => r.titleId));
    expect(out.items.filter((item) => watched.has(item.titleId))).toEqual([]);
    for (const item of out.items) {
      expect(item.explanation).not.toBe('');
      for (const cited of item.basedOn) expect(watched.has(cited)).toBe(true);
    }
  });

  it('applies the region and parental controls to every source', async () => {
    const out = await recommend(input({ filters: { region: 'JP', maxRatingRank: 1, blockedGenres: ['comedy'] }, first: 50 }));
    for (const item of out.items) {
      const entry = byId.get(item.titleId)!;
      expect(entry.regions == null || entry.regions.includes('JP')).toBe(true);
      expect(entry.ratingLevel).not.toBeNull();
      expect(entry.ratingLevel!).toBeLessThanOrEqual(1);
      expect(entry.genres).not.toContain('comedy');
    }
  });

  it('starts cold with ≤ 5 positive titles: onboarding genres first, then trending', async () => {
    const out = await recommend(input({ history: history.slice(0, 5) }));
    expect(out.fallback).toBe('COLD_START');
    expect(out.items[0]!.kind).toBe('ONBOARDING');
    expect(byId.get(out.items[0]!.titleId)!.genres).toEqual(['comedy']);
    expect(out.items.map((item) => item.titleId)).not.toContain(titleId(0));
  });

  it('does not personalise without the consent', async () => {
    const out = await recommend(input({ personalization: false, history: [] }));
    expect(out.personalized).toBe(false);
    expect(new Set(out.items.map((item) => item.kind))).toEqual(new Set(['TRENDING']));
  });

  it('falls back to popularity, flagged, when every merged score is under 0.3', async () => {
    // Weights of 0.05 each cap any merged score at 0.2: the §5 fallback must take over.
    const out = await recommend(input({ weights: { collaborative: 0.05, content: 0.05, graph: 0.05, context: 0.05 } }));
    expect(out.fallback).toBe('POPULARITY');
    expect(out.items).toHaveLength(10);
    expect(new Set(out.items.map((item) => item.kind))).toEqual(new Set(['POPULARITY']));
    const watched = new Set(history.map((r) => r.titleId));
    expect(out.items.filter((item) => watched.has(item.titleId))).toEqual([]);
  });

  it('answers nothing outside the viewing hours, with a reason', async () => {
    const out = await recommend(input({ viewingAllowedNow: false }));
    expect(out.items).toEqual([]);
    expect(out.reason).toMatch(/viewing hours/);
  });
});
