import { describe, expect, it } from 'vitest';
import { QUALITY_WEIGHTS, qualityScore, type QualityScoreInput } from '../../src/ingestion/qualityScore.js';

const now = new Date('2025-01-01T00:00:00Z');
const daysAgo = (days: number): Date => new Date(now.getTime() - days * 86_400_000);

const complete: QualityScoreInput = {
  contentType: 'MOVIE',
  overview: 'A girl wanders into a world of spirits.',
  hasPoster: true,
  hasBackdrop: true,
  releaseYear: 2001,
  runtimeMinutes: 125,
  genres: ['animation'],
  averageRating: 8.6,
  externalIds: [{ system: 'tmdb_movie', value: '129' }],
};
const empty: QualityScoreInput = {
  contentType: 'MOVIE',
  overview: '  ',
  releaseYear: null,
  runtimeMinutes: null,
  genres: [],
  averageRating: null,
  externalIds: [],
};

describe('qualityScore', () => {
  it('has §3 weights summing to 1', () => {
    expect(Object.values(QUALITY_WEIGHTS).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 10);
  });

  it('stays within [0,1]: a complete fresh title scores 1, an empty one only its freshness', () => {
    expect(qualityScore(complete, { now, updatedAt: now })).toBe(1);
    expect(qualityScore(empty, { now, updatedAt: now })).toBe(0.15);
  });

  it('scores a title without images at 0.75 and does not penalise series for having no runtime', () => {
    const noImages = { ...complete, hasPoster: false, hasBackdrop: false };
    expect(qualityScore(noImages, { now, updatedAt: now })).toBe(0.75);
    expect(qualityScore({ ...noImages, contentType: 'SERIES', runtimeMinutes: null }, { now, updatedAt: now })).toBe(0.75);
    expect(qualityScore({ ...noImages, runtimeMinutes: null }, { now, updatedAt: now })).toBe(0.7);
  });

  it('decays by e^(−0.01 × days) and never below half the base', () => {
    expect(qualityScore(complete, { now, updatedAt: daysAgo(30) })).toBeCloseTo(Math.exp(-0.3), 4);
    expect(qualityScore(complete, { now, updatedAt: daysAgo(69) })).toBeGreaterThan(0.5);
    expect(qualityScore(complete, { now, updatedAt: daysAgo(70) })).toBe(0.5);
    expect(qualityScore(complete, { now, updatedAt: daysAgo(10_000) })).toBe(0.5);
  });

  it('treats an update time in the future as just updated, and rejects invalid dates', () => {
    expect(qualityScore(complete, { now, updatedAt: daysAgo(-3) })).toBe(1);
    expect(() => qualityScore(complete, { now, updatedAt: new Date('nope') })).toThrow(
      new TypeError('now and updatedAt must be valid dates'),
    );
  });
});
