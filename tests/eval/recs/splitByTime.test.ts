import { describe, expect, it } from 'vitest';
import type { Interaction } from '@media-gateway/recommender';
import { relevantAfterSplit, splitByTime } from './splitByTime.js';

const event = (userId: string, itemId: string, at: number, fields: Partial<Interaction> = {}): Interaction => ({ userId, itemId, at, kind: 'COMPLETION', ...fields });

describe('time-based split', () => {
  const interactions = [
    event('u', 'a', 1),
    event('u', 'b', 2),
    event('u', 'c', 3),
    event('u', 'd', 4),
    event('u', 'a', 5, { kind: 'PROGRESS', completion: 1, rewatch: true }),
    event('u', 'e', 6, { kind: 'PROGRESS', completion: 0.1 }),
    event('v', 'f', 7, { kind: 'RATING', rating: 5 }),
    event('v', 'g', 8, { kind: 'PROGRESS', completion: 0.5 }),
  ];

  it('puts everything before the quantile date in train and the rest in test', () => {
    const split = splitByTime(interactions, 0.5);
    expect(split.splitAt).toBe(5);
    expect(split.train.map((i) => i.at)).toEqual([1, 2, 3, 4]);
    expect(split.test.map((i) => i.at)).toEqual([5, 6, 7, 8]);
  });

  it('counts as relevant only titles liked after the split and not touched before it', () => {
    // a: rewatched (seen in train); e: abandoned; g: half-watched (0.25 < 0.5); f: rated 5.
    expect(relevantAfterSplit(splitByTime(interactions, 0.5))).toEqual(new Map([['v', new Set(['f'])]]));
  });
});
