import { describe, expect, it } from 'vitest';
import { metadataVectors } from '../../src/content/metadataVectors.js';

const item = (genres: string[], releaseYear: number | null, directors: string[] = [], contentType: 'MOVIE' | 'SERIES' = 'MOVIE') => ({ genres, releaseYear, directors, contentType });
const dot = (a: Float32Array, b: Float32Array) => a.reduce((sum, v, i) => sum + v * b[i]!, 0);

describe('metadataVectors', () => {
  it('gives unit vectors over the genre vocabulary, decades, type and director buckets', () => {
    const { dims, genres, vectors } = metadataVectors([item(['drama', 'crime'], 1994, ['Frank Darabont']), item(['comedy'], null)]);
    expect(genres).toEqual(['comedy', 'crime', 'drama']);
    expect(dims).toBe(3 + 11 + 2 + 16);
    for (const vector of vectors) expect(Math.sqrt(dot(vector, vector))).toBeCloseTo(1, 5);
  });

  it('puts titles of the same genres, decade and director closer than unrelated ones', () => {
    const { vectors } = metadataVectors([
      item(['science_fiction', 'thriller'], 1982, ['Ridley Scott']),
      item(['science_fiction', 'thriller'], 1987, ['Ridley Scott']),
      item(['animation', 'family'], 2015, ['Pete Docter'], 'SERIES'),
    ]);
    expect(dot(vectors[0]!, vectors[1]!)).toBeCloseTo(1, 5);
    expect(dot(vectors[0]!, vectors[2]!)).toBeLessThan(0.1);
  });

  it('is the same on every run (hashing is stable)', () => {
    const a = metadataVectors([item(['drama'], 2001, ['Someone'])]).vectors[0]!;
    const b = metadataVectors([item(['drama'], 2001, ['Someone'])]).vectors[0]!;
    expect([...a]).toEqual([...b]);
  });
});
