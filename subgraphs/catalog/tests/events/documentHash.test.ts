import { describe, expect, it } from 'vitest';
import { documentHash } from '../../src/events/documentHash.js';
import { titleDocument } from '../../src/events/titleDocument.js';
import { offer, resolvedTitle } from '../support/resolvedTitle.js';

const heat = (overrides: Parameters<typeof resolvedTitle>[1] = {}) =>
  resolvedTitle('Heat', {
    releaseYear: 1995,
    genres: ['crime', 'thriller'],
    externalIds: [{ system: 'imdb', value: 'tt0113277' }, { system: 'tmdb_movie', value: '949' }],
    offers: [offer({ platformId: 'netflix', regions: ['US'] }), offer({ platformId: 'hulu', platformTitleId: 'heat' })],
    ...overrides,
  });

describe('documentHash', () => {
  it('is a SHA-256 hex digest that ignores order the document does not mean', () => {
    const hash = documentHash(titleDocument(heat()));
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    const reordered = heat();
    reordered.offers.reverse();
    reordered.externalIds.reverse();
    expect(documentHash(titleDocument(reordered))).toBe(hash);
    // Key order of the document object doesn't matter either.
    const doc = titleDocument(heat());
    const shuffled = Object.fromEntries(Object.entries(doc).reverse()) as typeof doc;
    expect(documentHash(shuffled)).toBe(hash);
  });

  it('changes with any published field', () => {
    const base = documentHash(titleDocument(heat()));
    expect(documentHash(titleDocument(heat({ popularity: 0.51 })))).not.toBe(base);
    expect(documentHash(titleDocument(heat({ genres: ['thriller', 'crime'] })))).not.toBe(base);
    expect(documentHash(titleDocument(heat({ offers: [offer({ platformId: 'netflix', regions: ['US', 'CA'] })] })))).not.toBe(base);
  });

  it('changes with where an offer leads (its launch link)', () => {
    const base = documentHash(titleDocument(heat()));
    expect(documentHash(titleDocument(heat({ offers: [offer({ platformId: 'netflix', regions: ['US'], platformTitleId: 'other' }), offer({ platformId: 'hulu', platformTitleId: 'heat' })] })))).not.toBe(base);
    expect(documentHash(titleDocument(heat({ offers: [offer({ platformId: 'netflix', regions: ['US'], webUrl: 'https://www.netflix.com/title/x' }), offer({ platformId: 'hulu', platformTitleId: 'heat' })] })))).not.toBe(base);
  });

  it('does not change with what is not published (offer prices, quality tiers)', () => {
    const base = documentHash(titleDocument(heat()));
    const variant = heat({
      offers: [
        offer({ platformId: 'netflix', regions: ['US'], qualityTiers: ['UHD_4K'], price: { amount: 3.99, currency: 'USD' } }),
        offer({ platformId: 'hulu', platformTitleId: 'heat', subscriptionTier: 'ads' }),
      ],
    });
    expect(documentHash(titleDocument(variant))).toBe(base);
  });
});
