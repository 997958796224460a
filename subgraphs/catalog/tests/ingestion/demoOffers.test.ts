import { describe, expect, it } from 'vitest';
import { SPEC_PLATFORM_IDS } from '../../src/availability/platforms.js';
import { titleIdFor } from '../../src/ingestion/catalogIds.js';
import { DEMO_REGIONS, demoOffersFor } from '../../src/ingestion/demoOffers.js';

const importTime = new Date('2025-06-01T12:00:00Z');
const DAY = 86_400_000;
const ids = Array.from({ length: 2000 }, (_, i) => titleIdFor('test', String(i)));
const all = ids.flatMap((id) => demoOffersFor(id, 'MOVIE', 2010, importTime));

describe('demoOffersFor', () => {
  it('is deterministic for the same input', () => {
    expect(demoOffersFor(ids[0] ?? '', 'MOVIE', 1999, importTime)).toEqual(demoOffersFor(ids[0] ?? '', 'MOVIE', 1999, importTime));
    expect(demoOffersFor(ids[0] ?? '', 'MOVIE', 1999, importTime)).not.toEqual(demoOffersFor(ids[1] ?? '', 'MOVIE', 1999, importTime));
  });

  it('makes 1–3 offers on distinct §10 platforms', () => {
    for (const id of ids.slice(0, 300)) {
      const platforms = demoOffersFor(id, 'MOVIE', 2010, importTime).map((o) => o.platformId);
      expect(platforms.length).toBeGreaterThanOrEqual(1);
      expect(platforms.length).toBeLessThanOrEqual(3);
      expect(new Set(platforms).size).toBe(platforms.length);
      for (const p of platforms) expect(SPEC_PLATFORM_IDS).toContain(p);
    }
  });

  it('prices rentals and purchases in USD and never subscriptions or free offers', () => {
    for (const offer of all) {
      if (offer.availabilityType === 'RENTAL') expect(offer.price?.amount).toSatisfy((a: number) => a >= 2.99 && a <= 5.99);
      else if (offer.availabilityType === 'PURCHASE') expect(offer.price?.amount).toSatisfy((a: number) => a >= 9.99 && a <= 19.99);
      else expect(offer.price).toBeNull();
      if (offer.price) expect(offer.price.currency).toBe('USD');
    }
    const types = new Set(all.map((o) => o.availabilityType));
    expect(types).toEqual(new Set(['SUBSCRIPTION', 'FREE', 'RENTAL', 'PURCHASE']));
    expect(all.filter((o) => o.availabilityType === 'SUBSCRIPTION').length / all.length).toBeGreaterThan(0.5);
  });

  it('keeps Hulu and Peacock in the US and spreads the others over 1–5 demo regions', () => {
    for (const offer of all) {
      if (offer.platformId === 'hulu' || offer.platformId === 'peacock') expect(offer.regions).toEqual(['US']);
      else {
        expect(offer.regions.length).toBeGreaterThanOrEqual(1);
        expect(offer.regions.length).toBeLessThanOrEqual(5);
        for (const r of offer.regions) expect(DEMO_REGIONS).toContain(r);
      }
    }
  });

  it('starts offers in the past and expires about one in ten 5–60 days out', () => {
    for (const offer of all) {
      expect(offer.availableFrom?.getTime()).toBeLessThan(importTime.getTime());
      if (offer.expiresAt) {
        const days = (offer.expiresAt.getTime() - importTime.getTime()) / DAY;
        expect(days).toBeGreaterThanOrEqual(5);
        expect(days).toBeLessThanOrEqual(60);
      }
      expect(offer).toMatchObject({ source: 'DEMO', webUrl: null });
    }
    const expiring = all.filter((o) => o.expiresAt).length / all.length;
    expect(expiring).toBeGreaterThan(0.06);
    expect(expiring).toBeLessThan(0.14);
  });

  it('chooses quality tiers by release year and never rents series', () => {
    expect(demoOffersFor(ids[0] ?? '', 'MOVIE', 1950, importTime)[0]?.qualityTiers).toEqual(['SD', 'HD']);
    expect(demoOffersFor(ids[0] ?? '', 'MOVIE', null, importTime)[0]?.qualityTiers).toEqual(['SD', 'HD']);
    expect(demoOffersFor(ids[0] ?? '', 'MOVIE', 2020, importTime)[0]?.qualityTiers).toEqual(['HD', 'UHD_4K', 'HDR']);
    const series = ids.flatMap((id) => demoOffersFor(id, 'SERIES', 2020, importTime));
    expect(series.some((o) => o.availabilityType === 'RENTAL')).toBe(false);
  });

  it('uses platform-shaped ids', () => {
    for (const offer of all) {
      if (offer.platformId === 'netflix') expect(offer.platformTitleId).toMatch(/^\d{8}$/);
      if (offer.platformId === 'prime_video') expect(offer.platformTitleId).toMatch(/^B0[A-Z0-9]{8}$/);
      if (offer.platformId === 'youtube') expect(offer.platformTitleId).toMatch(/^[A-Za-z0-9_-]{11}$/);
    }
  });
});
