import { describe, expect, it } from 'vitest';
import { withViewingFlags } from '../../src/signals/viewingFlags.js';
import type { InteractionRecord } from '../../src/store/InteractionStore.js';

const HOUR = 60 * 60 * 1000;
const record = (titleId: string, at: number, kind: InteractionRecord['kind'] = 'COMPLETION', extra: Partial<InteractionRecord> = {}): InteractionRecord => ({
  userId: 'u',
  profileId: 'p',
  titleId,
  kind,
  at,
  ...(kind === 'COMPLETION' ? { completion: 1 } : {}),
  ...extra,
});
const flags = (records: InteractionRecord[]) => withViewingFlags(records).map((i) => `${i.itemId}:${i.binge ? 'B' : ''}${i.rewatch ? 'R' : ''}`);

describe('withViewingFlags', () => {
  it('marks the third finished viewing in a row (each within 4 hours) as a binge', () => {
    expect(flags([record('a', 0), record('b', 1 * HOUR), record('c', 2 * HOUR), record('d', 3 * HOUR)])).toEqual(['a:', 'b:', 'c:B', 'd:B']);
  });

  it('does not call viewings days apart, or unfinished ones, a binge', () => {
    expect(flags([record('a', 0), record('b', 5 * HOUR), record('c', 10 * HOUR)])).toEqual(['a:', 'b:', 'c:']);
    expect(flags([record('a', 0, 'PROGRESS', { completion: 0.5 }), record('b', HOUR), record('c', 2 * HOUR)])).toEqual(['a:', 'b:', 'c:']);
  });

  it('marks viewing a title finished before as a rewatch, in time order whatever the input order', () => {
    expect(flags([record('a', 30 * HOUR, 'PROGRESS', { completion: 0.4 }), record('a', 0), record('b', 10 * HOUR, 'WATCHLIST_ADD')])).toEqual(['a:R', 'a:', 'b:']);
  });

  it('keeps profiles apart', () => {
    const other = (titleId: string, at: number) => record(titleId, at, 'COMPLETION', { profileId: 'q' });
    expect(flags([record('a', 0), other('b', HOUR), record('c', 2 * HOUR), other('a', 3 * HOUR)])).toEqual(['a:', 'b:', 'c:', 'a:']);
  });
});
