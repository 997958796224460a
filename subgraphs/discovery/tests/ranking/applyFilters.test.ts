import { describe, expect, it } from 'vitest';
import { applyFilters, type SearchCandidate, type SearchFilters } from '@media-gateway/discovery';
import { candidate } from '../support/candidate.js';

const NOW = new Date('2025-06-15T12:00:00Z');

function kept(candidates: SearchCandidate[], filters: SearchFilters, restrictions?: Parameters<typeof applyFilters>[2]) {
  return applyFilters(candidates, filters, { now: NOW, ...restrictions }).kept.map((c) => c.id);
}

describe('applyFilters', () => {
  it('keeps everything, in order, without filters', () => {
    const all = [candidate('b'), candidate('a'), candidate('c')];
    expect(applyFilters(all, {}, { now: NOW })).toEqual({ kept: all, excluded: [] });
  });

  it('matches genres with OR and in any spelling', () => {
    const all = [
      candidate('sf', { genres: ['science_fiction'] }),
      candidate('th', { genres: ['thriller', 'crime'] }),
      candidate('dr', { genres: ['drama'] }),
      candidate('SF', { genres: ['SCIENCE_FICTION'] }),
    ];
    expect(kept(all, { genres: ['science_fiction', 'thriller'] })).toEqual(['sf', 'th', 'SF']);
  });

  it('drops excluded genres', () => {
    const all = [candidate('a', { genres: ['thriller', 'horror'] }), candidate('b', { genres: ['thriller'] })];
    expect(applyFilters(all, { excludedGenres: ['horror'] }, { now: NOW }).excluded).toEqual([{ id: 'a', reason: 'excludedGenre' }]);
  });

  it('applies year, average-rating and runtime ranges inclusively, failing unknown values', () => {
    const all = [
      candidate('1990', { releaseYear: 1990 }),
      candidate('1999', { releaseYear: 1999 }),
      candidate('2000', { releaseYear: 2000 }),
      candidate('unknown', { releaseYear: null }),
    ];
    expect(kept(all, { yearRange: { min: 1990, max: 1999 } })).toEqual(['1990', '1999']);
    expect(kept(all, { yearRange: { min: null, max: null } })).toEqual(['1990', '1999', '2000', 'unknown']);

    const rated = [candidate('6.9', { averageRating: 6.9 }), candidate('7', { averageRating: 7 }), candidate('none', { averageRating: null })];
    expect(kept(rated, { ratingRange: { min: 7, max: null } })).toEqual(['7']);

    const runtimes = [
      candidate('120', { runtimeMinutes: 120 }),
      candidate('121', { runtimeMinutes: 121 }),
      candidate('80', { runtimeMinutes: 80 }),
      candidate('series', { contentType: 'SERIES', runtimeMinutes: null }),
    ];
    expect(kept(runtimes, { runtime: { min: null, max: 120 } })).toEqual(['120', '80']);
    expect(kept(runtimes, { runtime: { min: 90, max: 120 } })).toEqual(['120']);
  });

  it('filters content types', () => {
    const all = [candidate('m'), candidate('s', { contentType: 'SERIES' })];
    expect(kept(all, { contentTypes: ['SERIES'] })).toEqual(['s']);
  });

  describe('platforms, availability and region', () => {
    const all = [
      candidate('netflix-anywhere', { offers: [{ platform: 'netflix', regions: [], availabilityType: 'SUBSCRIPTION' }] }),
      candidate('netflix-gb', { offers: [{ platform: 'netflix', regions: ['GB'], availabilityType: 'SUBSCRIPTION' }] }),
      candidate('hulu', { offers: [{ platform: 'hulu', regions: [], availabilityType: 'SUBSCRIPTION' }] }),
      candidate('split', {
        offers: [
          { platform: 'youtube', regions: ['US'], availabilityType: 'RENTAL' },
          { platform: 'prime_video', regions: ['US'], availabilityType: 'FREE' },
        ],
      }),
      candidate('expired', {
        offers: [{ platform: 'netflix', regions: [], availabilityType: 'SUBSCRIPTION', expiresAt: new Date('2025-06-01T00:00:00Z') }],
      }),
      candidate('upcoming', {
        offers: [{ platform: 'netflix', regions: [], availabilityType: 'SUBSCRIPTION', availableFrom: new Date('2025-07-01T00:00:00Z') }],
      }),
      candidate('no-offers', { offers: [] }),
    ];

    it('keeps titles with an offer on one of the platforms, available now', () => {
      expect(kept(all, { platforms: ['netflix'] })).toEqual(['netflix-anywhere', 'netflix-gb']);
    });

    it('judges offers in the region, using the platform’s own regions when the offer has none', () => {
      expect(kept(all, { platforms: ['netflix', 'hulu'], region: 'US' })).toEqual(['netflix-anywhere', 'hulu']);
      expect(kept(all, { platforms: ['netflix', 'hulu'], region: 'gb' })).toEqual(['netflix-anywhere', 'netflix-gb']);
    });

    it('needs one offer to satisfy platform and availability type together', () => {
      expect(kept(all, { platforms: ['youtube'], availabilityTypes: ['FREE'] })).toEqual([]);
      expect(kept(all, { availabilityTypes: ['FREE'] })).toEqual(['split']);
    });

    it('does not filter on region alone', () => {
      expect(kept(all, { region: 'JP' })).toEqual(all.map((c) => c.id));
    });

    it('reports availability as the reason', () => {
      expect(applyFilters(all, { platforms: ['hulu'] }, { now: NOW }).excluded.map((e) => e.reason)).toEqual(Array(6).fill('availability'));
    });
  });

  describe('parental controls', () => {
    const all = [
      candidate('g', { contentRating: 'G' }),
      candidate('pg', { contentRating: 'PG' }),
      candidate('pg13', { contentRating: 'PG-13' }),
      candidate('r', { contentRating: 'Rated R' }),
      candidate('unrated', { contentRating: 'Not Rated' }),
      candidate('none', { contentRating: null }),
    ];

    it('keeps ratings up to the limit and drops unrated titles', () => {
      expect(kept(all, { maxContentRating: 'PG_13' })).toEqual(['g', 'pg', 'pg13']);
    });

    it('applies the stricter of the request’s limit and the profile’s', () => {
      expect(kept(all, { maxContentRating: 'R' }, { restrictions: { maxContentRating: 'PG', blockedGenres: [] } })).toEqual(['g', 'pg']);
      expect(kept(all, { maxContentRating: 'G' }, { restrictions: { maxContentRating: 'R', blockedGenres: [] } })).toEqual(['g']);
      expect(kept(all, {}, { restrictions: { maxContentRating: null, blockedGenres: [] } })).toEqual(all.map((c) => c.id));
    });

    it('drops blocked genres, compared case-insensitively, before any other reason', () => {
      const titles = [
        candidate('horror', { genres: ['horror', 'thriller'], releaseYear: 2020 }),
        candidate('sf', { genres: ['science_fiction'] }),
        candidate('drama', { genres: ['drama'] }),
      ];
      const result = applyFilters(
        titles,
        { blockedGenres: ['Horror'], yearRange: { min: 1990, max: 1999 } },
        { now: NOW, restrictions: { maxContentRating: null, blockedGenres: ['SCIENCE_FICTION'] } },
      );
      expect(result.kept.map((c) => c.id)).toEqual(['drama']);
      expect(result.excluded).toEqual([
        { id: 'horror', reason: 'blockedGenre' },
        { id: 'sf', reason: 'blockedGenre' },
      ]);
    });
  });
});
