import { describe, expect, it } from 'vitest';
import { watchedTitles } from '../../src/serving/watchedTitles.js';
import type { InteractionRecord } from '../../src/store/InteractionStore.js';

const base = { userId: 'u', profileId: 'p', at: 0 };
const record = (titleId: string, kind: InteractionRecord['kind'], extra: Partial<InteractionRecord> = {}): InteractionRecord => ({ ...base, titleId, kind, ...extra });

describe('watchedTitles', () => {
  it('counts completions, progress beyond 90% and dismissals; not half-watched or watchlisted titles', () => {
    const watched = watchedTitles([
      record('done', 'COMPLETION', { completion: 1 }),
      record('almost', 'PROGRESS', { completion: 0.95 }),
      record('half', 'PROGRESS', { completion: 0.5 }),
      record('edge', 'PROGRESS', { completion: 0.9 }),
      record('nope', 'DISMISSAL'),
      record('later', 'WATCHLIST_ADD'),
      record('rated', 'RATING', { rating: 5 }),
    ]);
    expect([...watched].sort()).toEqual(['almost', 'done', 'nope']);
  });
});
