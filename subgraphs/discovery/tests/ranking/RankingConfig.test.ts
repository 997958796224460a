import { describe, expect, it } from 'vitest';
import { DEFAULT_RANKING_CONFIG, resolveRankingConfig } from '@media-gateway/discovery';

describe('RankingConfig', () => {
  it('defaults to §4: k 60, 0.35 vector, 0.20 keyword, 0.30 graph, 0.15 popularity, affinity boost 0.2', () => {
    expect(resolveRankingConfig()).toEqual({
      version: 'v1',
      variant: 'default',
      k: 60,
      weights: { vector: 0.35, keyword: 0.2, graph: 0.3, popularity: 0.15 },
      affinityBoost: 0.2,
      qualityBoost: 0,
    });
    expect(resolveRankingConfig()).toEqual(DEFAULT_RANKING_CONFIG);
    expect(Object.isFrozen(DEFAULT_RANKING_CONFIG.weights)).toBe(true);
  });

  it('takes a named variant with the §4 alternative weights', () => {
    const config = resolveRankingConfig({
      version: 'v2',
      variant: 'alt-weights',
      weights: { vector: 0.425, keyword: 0.255, graph: 0.17, popularity: 0.15 },
    });
    expect(config).toMatchObject({ version: 'v2', variant: 'alt-weights', k: 60 });
  });

  it.each([
    [{ weights: { vector: 0.5 } }, 'ranking.weights must sum to 1, got 1.15'],
    [{ weights: { vector: -0.1, keyword: 0.65 } }, 'ranking.weights.vector must be in [0, 1], got -0.1'],
    [{ k: 1.5 }, 'ranking.k must be a non-negative integer, got 1.5'],
    [{ version: ' ' }, 'ranking.version must be a non-empty string, got " "'],
    [{ variant: '' }, 'ranking.variant must be a non-empty string, got ""'],
    [{ affinityBoost: 2 }, 'ranking.affinityBoost must be in [0, 1], got 2'],
    [{ qualityBoost: Number.NaN }, 'ranking.qualityBoost must be in [0, 1], got NaN'],
  ])('rejects %j', (input, message) => {
    expect(() => resolveRankingConfig(input)).toThrow(new TypeError(message));
  });
});
