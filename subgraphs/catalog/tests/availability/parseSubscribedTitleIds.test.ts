import { describe, expect, it } from 'vitest';
import { parseSubscribedTitleIds } from '../../src/availability/parseSubscribedTitleIds.js';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

describe('parseSubscribedTitleIds', () => {
  it('lower-cases, drops repeats and keeps the order given', () => {
    expect(parseSubscribedTitleIds([id(2), id(1).toUpperCase(), id(2)])).toEqual({ ok: true, titleIds: [id(2), id(1)] });
  });

  it('accepts 100 distinct titles and refuses none or 101', () => {
    expect(parseSubscribedTitleIds(Array.from({ length: 100 }, (_, n) => id(n))).ok).toBe(true);
    expect(parseSubscribedTitleIds([]).problems).toEqual(['titleIds must name 1 to 100 distinct titles, got 0']);
    expect(parseSubscribedTitleIds(Array.from({ length: 101 }, (_, n) => id(n))).problems).toEqual(['titleIds must name 1 to 100 distinct titles, got 101']);
    // Repeats do not count against the limit.
    expect(parseSubscribedTitleIds([...Array.from({ length: 100 }, (_, n) => id(n)), id(0)]).ok).toBe(true);
  });

  it('names the malformed ids, a few of them', () => {
    expect(parseSubscribedTitleIds([id(1), 'tt0113277', '']).problems).toEqual(['titleIds must be title UUIDs, got "tt0113277", ""']);
    const many = Array.from({ length: 7 }, (_, n) => `bad-${n}`);
    expect(parseSubscribedTitleIds(many).problems).toEqual(['titleIds must be title UUIDs, got "bad-0", "bad-1", "bad-2", "bad-3", "bad-4" and 2 more']);
  });
});
