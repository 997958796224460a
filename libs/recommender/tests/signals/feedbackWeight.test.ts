import { describe, expect, it } from 'vitest';
import { RecommenderError } from '../../src/errors.js';
import { feedbackWeight } from '../../src/signals/feedbackWeight.js';
import type { Interaction } from '../../src/signals/Interaction.js';

const base = { userId: 'u1', itemId: 'i1', at: 1_700_000_000_000 };
const weight = (partial: Partial<Interaction> & Pick<Interaction, 'kind'>): number => feedbackWeight({ ...base, ...partial });

describe('feedbackWeight', () => {
  it.each([
    ['completion', { kind: 'COMPLETION' }, 1],
    ['progress above 90%', { kind: 'PROGRESS', completion: 0.95 }, 1],
    ['progress at exactly 90% (not above): weak positive', { kind: 'PROGRESS', completion: 0.9 }, 0.45],
    ['progress 60%: half the completion', { kind: 'PROGRESS', completion: 0.6 }, 0.3],
    ['progress at exactly 30%: still a weak positive', { kind: 'PROGRESS', completion: 0.3 }, 0.15],
    ['progress below 30%: abandoned', { kind: 'PROGRESS', completion: 0.29 }, -0.5],
    ['binge completion', { kind: 'COMPLETION', binge: true }, 1.5],
    ['rewatch completion', { kind: 'COMPLETION', rewatch: true }, 1.2],
    ['binge rewatch completion', { kind: 'COMPLETION', binge: true, rewatch: true }, 1.8],
    ['binge partial view', { kind: 'PROGRESS', completion: 0.5, binge: true }, 0.375],
    ['abandoned binge is not boosted', { kind: 'PROGRESS', completion: 0.1, binge: true, rewatch: true }, -0.5],
    ['dismissal', { kind: 'DISMISSAL' }, -1],
    ['rating 1', { kind: 'RATING', rating: 1 }, -1],
    ['rating 3 (midpoint)', { kind: 'RATING', rating: 3 }, 0],
    ['rating 4', { kind: 'RATING', rating: 4 }, 0.5],
    ['rating 5', { kind: 'RATING', rating: 5 }, 1],
    ['watchlist add', { kind: 'WATCHLIST_ADD' }, 0.3],
    ['watchlist remove', { kind: 'WATCHLIST_REMOVE' }, -0.2],
  ] as const)('%s → %d', (_label, partial, expected) => {
    expect(weight(partial)).toBeCloseTo(expected, 12);
  });

  it('lists every problem of an invalid interaction in a typed error', () => {
    const bad = { userId: '', itemId: 'i1', kind: 'PROGRESS', at: Number.NaN, completion: 1.5, rating: 0 } as const;
    let thrown: unknown;
    try {
      feedbackWeight(bad);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(RecommenderError);
    expect(thrown).toMatchObject({
      code: 'INVALID_INTERACTION',
      message: 'invalid interaction: userId must be a non-empty string; at must be a finite timestamp; got NaN; completion must be in [0, 1]; got 1.5; rating must be in [1, 5]; got 0',
    });
  });

  it('requires the field its kind depends on, and a known kind', () => {
    expect(() => weight({ kind: 'PROGRESS' })).toThrow('invalid interaction: completion is required for PROGRESS');
    expect(() => weight({ kind: 'RATING' })).toThrow('invalid interaction: rating is required for RATING');
    expect(() => weight({ kind: 'LIKE' as Interaction['kind'] })).toThrow('kind must be one of PROGRESS, COMPLETION, WATCHLIST_ADD, WATCHLIST_REMOVE, RATING, DISMISSAL; got "LIKE"');
  });
});
