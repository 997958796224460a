import { describe, expect, it } from 'vitest';
import { damerauLevenshtein } from '../../src/lib/damerauLevenshtein.js';

describe('damerauLevenshtein', () => {
  it.each([
    ['thriller', 'thriller', 0],
    ['thriler', 'thriller', 1], // deletion
    ['thrilller', 'thriller', 1], // insertion
    ['thrillar', 'thriller', 1], // substitution
    ['thirller', 'thriller', 1], // transposition counts once
    ['knigth', 'knight', 1],
    ['comdey', 'comedy', 1],
    ['cmedey', 'comedy', 2],
    ['', 'ab', 2],
    ['ab', '', 2],
  ])('%s ↔ %s = %i', (a, b, distance) => {
    expect(damerauLevenshtein(a, b, 2)).toBe(distance);
    expect(damerauLevenshtein(b, a, 2)).toBe(distance);
  });

  it('answers maxDistance + 1 once the distance is known to exceed it', () => {
    expect(damerauLevenshtein('horror', 'comedy', 2)).toBe(3);
    expect(damerauLevenshtein('a', 'abcd', 2)).toBe(3);
    expect(damerauLevenshtein('kitten', 'sitting', 2)).toBe(3); // true distance 3
    expect(damerauLevenshtein('kitten', 'sitting', 3)).toBe(3);
    expect(damerauLevenshtein('abc', 'xyz', 0)).toBe(1);
  });
});
