import { describe, expect, it } from 'vitest';
import { SymSpellIndex } from '@media-gateway/discovery';

describe('SymSpellIndex', () => {
  const index = new SymSpellIndex(2);
  for (const word of ['thriller', 'thrillers', 'horror', 'comedy', 'interstellar', 'inception']) index.add(word);

  it('finds every term within the distance, nearest first', () => {
    expect(index.lookup('thriler').map((c) => [c.term, c.distance])).toEqual([
      ['thriller', 1],
      ['thrillers', 2],
    ]);
    expect(index.lookup('thriler', 1).map((c) => c.term)).toEqual(['thriller']);
  });

  it('finds edits beyond the indexed prefix and transpositions', () => {
    expect(index.lookup('interstelar')).toEqual([{ id: 4, term: 'interstellar', distance: 1 }]);
    expect(index.lookup('incpetion')).toEqual([{ id: 5, term: 'inception', distance: 1 }]);
  });

  it('finds nothing farther than the distance', () => {
    expect(index.lookup('drama')).toEqual([]);
    expect(index.size).toBe(6);
    expect(index.keyCount).toBeGreaterThan(6);
  });

  it('rejects bad parameters by name', () => {
    expect(() => new SymSpellIndex(-1)).toThrow(new TypeError('maxDistance must be a non-negative integer, got -1'));
    expect(() => new SymSpellIndex(2, 2)).toThrow(new TypeError('prefixLength must be an integer above maxDistance, got 2'));
  });
});
