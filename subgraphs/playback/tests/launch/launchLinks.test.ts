import { describe, expect, it } from 'vitest';
import { launchLinks } from '../../src/launch/launchLinks.js';
import type { TitleOffer } from '../../src/launch/TitleOffer.js';

const netflix: TitleOffer = {
  platformId: 'netflix',
  availabilityType: 'SUBSCRIPTION',
  regions: [],
  availableFrom: null,
  expiresAt: null,
  appUrl: 'netflix://title/80100172',
  webUrl: 'https://www.netflix.com/title/80100172',
};

describe('launchLinks', () => {
  it('adds t=<whole seconds> to both links when resuming', () => {
    expect(launchLinks(netflix, 1234.7)).toEqual({
      deepLink: 'netflix://title/80100172?t=1234',
      webFallback: 'https://www.netflix.com/title/80100172?t=1234',
    });
  });

  it('leaves the links as published when starting from the beginning', () => {
    expect(launchLinks(netflix, 0)).toEqual({ deepLink: 'netflix://title/80100172', webFallback: 'https://www.netflix.com/title/80100172' });
  });

  it('has no app link for a platform without one, and keeps an app link\'s own query', () => {
    expect(launchLinks({ ...netflix, appUrl: null }, 60).deepLink).toBeNull();
    expect(launchLinks({ ...netflix, appUrl: 'aiv://aiv/detail?asin=B0X' }, 60).deepLink).toBe('aiv://aiv/detail?asin=B0X&t=60');
  });
});
