import { describe, expect, it } from 'vitest';
import {
  effectiveWeights,
  parseIntent,
  rankCandidates,
  resolveRankingConfig,
  DEFAULT_RANKING_CONFIG,
  type RankedList,
  type SearchCandidate,
} from '@media-gateway/discovery';
import { candidate } from '../support/candidate.js';

const NOW = new Date('2025-06-15T12:00:00Z');
const list = (retriever: string, ...ids: string[]): RankedList => ({ retriever, items: ids.map((id) => ({ id })) });
const byId = (...all: SearchCandidate[]) => new Map(all.map((c) => [c.id, c]));

describe('effectiveWeights', () => {
  it('uses the configured weights when every retriever ran', () => {
    expect(effectiveWeights(DEFAULT_RANKING_CONFIG, ['vector', 'keyword', 'graph'])).toEqual({ vector: 0.35, keyword: 0.2, graph: 0.3 });
  });

  it('spreads a missing retriever’s weight over the others in proportion', () => {
    const weights = effectiveWeights(DEFAULT_RANKING_CONFIG, ['vector', 'keyword']);
    expect(weights.vector).toBeCloseTo((0.35 * 0.85) / 0.55, 12); // 0.5409…
    expect(weights.keyword).toBeCloseTo((0.2 * 0.85) / 0.55, 12); // 0.3090…
    expect(effectiveWeights(DEFAULT_RANKING_CONFIG, ['keyword'])).toEqual({ keyword: 0.85 });
    expect(effectiveWeights(DEFAULT_RANKING_CONFIG, ['other'])).toEqual({ other: 0 });
  });
});

describe('rankCandidates', () => {
  it('scores a first place in every list with full popularity as exactly 1', () => {
    const { results } = rankCandidates({
      lists: [list('vector', 'a'), list('keyword', 'a'), list('graph', 'a')],
      candidates: byId(candidate('a', { popularity: 1 })),
      now: NOW,
    });
    expect(results[0]?.score).toBeCloseTo(1, 12);
  });

  it('blends scaled RRF terms with popularity, by hand', () => {
    const { results } = rankCandidates({
      lists: [list('vector', 'a', 'b'), list('keyword', 'b')],
      candidates: byId(candidate('a', { popularity: 0.5 }), candidate('b', { popularity: 0.2 })),
      now: NOW,
    });
    const vector = (0.35 * 0.85) / 0.55;
    const keyword = (0.2 * 0.85) / 0.55;
    // b: vector rank 1 → vector × 61/62, keyword rank 0 → keyword × 61/61, popularity 0.15 × 0.2
    const b = vector * (61 / 62) + keyword + 0.15 * 0.2; // 0.8712756…
    // a: vector rank 0 → vector, keyword missed, popularity 0.15 × 0.5
    const a = vector + 0.15 * 0.5; // 0.6159090…
    expect(results.map((r) => r.candidate.id)).toEqual(['b', 'a']);
    expect(results[0]?.score).toBeCloseTo(b, 12);
    expect(results[1]?.score).toBeCloseTo(a, 12);
    expect(results[0]?.breakdown).toEqual({
      configVersion: 'v1',
      variant: 'default',
      retrievers: [
        { retriever: 'vector', rank: 1, rrf: 1 / 62, weight: expect.closeTo(vector, 12), contribution: expect.closeTo(vector * (61 / 62), 12) },
        { retriever: 'keyword', rank: 0, rrf: 1 / 61, weight: expect.closeTo(keyword, 12), contribution: expect.closeTo(keyword, 12) },
      ],
      retrieval: expect.closeTo(vector * (61 / 62) + keyword, 12),
      popularity: { value: 0.2, weight: 0.15, contribution: expect.closeTo(0.03, 12) },
      affinity: null,
      quality: null,
      final: expect.closeTo(b, 12),
    });
    expect(results[1]?.breakdown.retrievers[1]).toEqual({ retriever: 'keyword', rank: null, rrf: 0, weight: expect.closeTo(keyword, 12), contribution: 0 });
  });

  it('multiplies by the user’s affinity (§4 step 4) and, when on, the quality boost (§3)', () => {
    const config = resolveRankingConfig({ version: 'v1-quality', qualityBoost: 0.2 });
    const { results } = rankCandidates({
      lists: [list('keyword', 'a')],
      candidates: byId(candidate('a', { popularity: 0, qualityScore: 0.5 })),
      config,
      affinity: () => 0.5,
      now: NOW,
    });
    // keyword alone weighs 0.85; × (1 + 0.5 × 0.2) × (1 + 0.5 × 0.2)
    expect(results[0]?.score).toBeCloseTo(0.85 * 1.1 * 1.1, 12);
    expect(results[0]?.breakdown).toMatchObject({
      configVersion: 'v1-quality',
      affinity: { value: 0.5, multiplier: 1.1 },
      quality: { value: 0.5, multiplier: 1.1 },
    });
  });

  it('breaks score ties by popularity, then id', () => {
    const { results } = rankCandidates({
      lists: [list('vector', 'x'), list('keyword', 'y')],
      candidates: byId(candidate('x', { popularity: 0.3 }), candidate('y', { popularity: 0.3 })),
      config: resolveRankingConfig({ weights: { vector: 0.425, keyword: 0.425, graph: 0, popularity: 0.15 } }),
      now: NOW,
    });
    expect(results.map((r) => r.candidate.id)).toEqual(['x', 'y']);
  });

  it('applies filters and parental controls, drops ids without metadata, and says why', () => {
    const { results, excluded } = rankCandidates({
      lists: [list('keyword', 'ghost', 'r-rated', 'horror', 'ok')],
      candidates: byId(
        candidate('r-rated', { contentRating: 'R' }),
        candidate('horror', { genres: ['horror'], contentRating: 'PG' }),
        candidate('ok', { contentRating: 'PG' }),
      ),
      restrictions: { maxContentRating: 'PG', blockedGenres: ['horror'] },
      now: NOW,
    });
    expect(results.map((r) => r.candidate.id)).toEqual(['ok']);
    expect(excluded).toEqual([
      { id: 'r-rated', reason: 'contentRating' },
      { id: 'horror', reason: 'blockedGenre' },
    ]);
  });

  it('explains each result with a primary reason and the rest', () => {
    const intent = parseIntent('dark sci-fi heist thrillers from the 90s under two hours on Netflix directed by Michael Mann', undefined, {
      now: NOW,
    });
    const heat = candidate('heat', {
      title: 'Heat',
      genres: ['crime', 'thriller'],
      moods: ['dark'],
      releaseYear: 1995,
      runtimeMinutes: 170,
      directors: ['Michael Mann'],
      keywords: ['heist', 'los angeles'],
      popularity: 0.9,
    });
    const { results } = rankCandidates({
      lists: [
        list('keyword', 'heat'),
        { retriever: 'graph', items: [{ id: 'heat', reasons: [{ kind: 'graph', text: 'same director as Collateral' }] }] },
      ],
      candidates: byId(heat),
      intent,
      now: NOW,
    });
    expect(results[0]?.primaryReason).toEqual({ kind: 'person', text: 'directed by Michael Mann' });
    expect(results[0]?.reasons).toEqual([
      { kind: 'person', text: 'directed by Michael Mann' },
      { kind: 'graph', text: 'same director as Collateral' },
      { kind: 'genre', text: 'genre: Thriller' },
      { kind: 'mood', text: 'mood: dark' },
      { kind: 'era', text: 'from the 1990s' },
      { kind: 'platform', text: 'on Netflix' },
      { kind: 'keyword', text: "matches 'heist'" },
      { kind: 'popular', text: 'popular' },
    ]);
  });
});
