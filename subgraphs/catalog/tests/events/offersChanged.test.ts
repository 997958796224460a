import { describe, expect, it } from 'vitest';
import { offersChanged } from '../../src/events/offersChanged.js';
import { titleDocument } from '../../src/events/titleDocument.js';
import { offer, resolvedTitle } from '../support/resolvedTitle.js';

const offersOf = (offers: Parameters<typeof offer>[0][]) => titleDocument(resolvedTitle('Heat', { offers: offers.map(offer) })).offers;

describe('offersChanged', () => {
  const base = offersOf([{ platformId: 'netflix', regions: ['US'] }, { platformId: 'hulu' }]);

  it('is false for the same offers in another order, or differing only in what documents leave out', () => {
    expect(offersChanged(base, offersOf([{ platformId: 'hulu' }, { platformId: 'netflix', regions: ['US'], qualityTiers: ['UHD_4K'] }]))).toBe(false);
  });

  it('is true when an offer comes, goes, moves region, changes window or leads elsewhere', () => {
    expect(offersChanged([], base)).toBe(true);
    expect(offersChanged(base, offersOf([{ platformId: 'netflix', regions: ['US'] }]))).toBe(true);
    expect(offersChanged(base, offersOf([{ platformId: 'netflix', regions: ['US', 'CA'] }, { platformId: 'hulu' }]))).toBe(true);
    expect(offersChanged(base, offersOf([{ platformId: 'netflix', regions: ['US'], expiresAt: new Date('2027-01-01T00:00:00Z') }, { platformId: 'hulu' }]))).toBe(true);
    expect(offersChanged(base, offersOf([{ platformId: 'netflix', regions: ['US'], platformTitleId: '80100172' }, { platformId: 'hulu' }]))).toBe(true);
  });
});
