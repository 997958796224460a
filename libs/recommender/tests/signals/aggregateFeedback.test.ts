import { describe, expect, it } from 'vitest';
import { RecommenderError } from '../../src/errors.js';
import { aggregateFeedback } from '../../src/signals/aggregateFeedback.js';
import type { Interaction, InteractionKind } from '../../src/signals/Interaction.js';

function event(kind: InteractionKind, at: number, extra: Partial<Interaction> = {}): Interaction {
  return { userId: 'u1', itemId: 'i1', kind, at, ...extra };
}

const valueOf = (interactions: Interaction[]): number | undefined => aggregateFeedback(interactions)[0]?.value;

describe('aggregateFeedback', () => {
  it('keeps the latest viewing state, ordered by time rather than input order', () => {
    // A completion after a low-progress report wins: +1, not 1 − 0.5.
    expect(valueOf([event('PROGRESS', 1, { completion: 0.1 }), event('COMPLETION', 2)])).toBe(1);
    expect(valueOf([event('COMPLETION', 2), event('PROGRESS', 1, { completion: 0.1 })])).toBe(1);
    // Finished, then dismissed: the later "not interested" wins.
    expect(valueOf([event('COMPLETION', 1), event('DISMISSAL', 2)])).toBe(-1);
  });

  it('does not let an abandoned rewatch undo having finished the title', () => {
    expect(valueOf([event('COMPLETION', 1), event('PROGRESS', 2, { completion: 0.1, rewatch: true })])).toBe(1);
    expect(valueOf([event('COMPLETION', 1), event('COMPLETION', 2, { rewatch: true })])).toBeCloseTo(1.2, 12);
  });

  it('treats a watchlist removal as a weak negative unless the title is watched, before or after', () => {
    expect(valueOf([event('WATCHLIST_ADD', 1), event('WATCHLIST_REMOVE', 2)])).toBe(-0.2);
    expect(valueOf([event('WATCHLIST_REMOVE', 1), event('COMPLETION', 2)])).toBe(1);
    expect(valueOf([event('COMPLETION', 1), event('WATCHLIST_REMOVE', 2)])).toBe(1);
    expect(valueOf([event('WATCHLIST_ADD', 1)])).toBe(0.3);
  });

  it('lets a rating dominate while the viewing still counts at half', () => {
    expect(valueOf([event('COMPLETION', 1), event('RATING', 2, { rating: 1 })])).toBe(-0.5);
    expect(valueOf([event('RATING', 1, { rating: 5 }), event('COMPLETION', 2, { binge: true })])).toBe(1.75);
    // The latest rating counts, not both.
    expect(valueOf([event('RATING', 1, { rating: 1 }), event('RATING', 2, { rating: 4 })])).toBe(0.5);
  });

  it('clamps to [−1, 1.8]', () => {
    expect(valueOf([event('RATING', 1, { rating: 1 }), event('DISMISSAL', 2)])).toBe(-1);
    expect(valueOf([event('RATING', 1, { rating: 5 }), event('COMPLETION', 2, { binge: true, rewatch: true })])).toBeCloseTo(1.8, 12);
  });

  it('aggregates per (user, item) in first-seen order and leaves out zeros', () => {
    const result = aggregateFeedback([
      { userId: 'u2', itemId: 'i1', kind: 'COMPLETION', at: 5 },
      { userId: 'u1', itemId: 'i1', kind: 'WATCHLIST_ADD', at: 1 },
      { userId: 'u1', itemId: 'i2', kind: 'RATING', at: 1, rating: 3 },
      { userId: 'u1', itemId: 'i1', kind: 'PROGRESS', at: 2, completion: 0.6 },
    ]);
    expect(result).toEqual([
      { userId: 'u2', itemId: 'i1', value: 1 },
      { userId: 'u1', itemId: 'i1', value: 0.3 },
    ]);
  });

  it('rejects the batch, listing each invalid interaction by position', () => {
    const run = () => aggregateFeedback([event('COMPLETION', 1), event('PROGRESS', 2, { completion: -0.1 }), event('RATING', Number.POSITIVE_INFINITY, { rating: 6 })]);
    expect(run).toThrow(RecommenderError);
    expect(run).toThrow('2 invalid interaction(s): #1: completion must be in [0, 1]; got -0.1 | #2: at must be a finite timestamp; got Infinity; rating must be in [1, 5]; got 6');
  });
});
