import { describe, expect, it } from 'vitest';
import { chooseOffer, isPlayable } from '../../src/launch/chooseOffer.js';
import type { TitleOffer } from '../../src/launch/TitleOffer.js';

const NOW = Date.UTC(2026, 11, 3);
const DAY = 24 * 60 * 60 * 1000;

function offer(platformId: string, availabilityType: TitleOffer['availabilityType'], overrides: Partial<TitleOffer> = {}): TitleOffer {
  return {
    platformId,
    availabilityType,
    regions: ['US'],
    availableFrom: null,
    expiresAt: null,
    appUrl: `${platformId}://title/1`,
    webUrl: `https://${platformId}.example/title/1`,
    ...overrides,
  };
}

const choose = (offers: TitleOffer[], input: { platform?: string | null; subscribedPlatforms?: string[]; region?: string }) =>
  chooseOffer(offers, { region: input.region ?? 'US', platform: input.platform ?? null, subscribedPlatforms: input.subscribedPlatforms ?? [], now: NOW });

describe('chooseOffer', () => {
  it('takes the named platform when it carries the title in the region', () => {
    const offers = [offer('netflix', 'SUBSCRIPTION'), offer('prime_video', 'RENTAL')];
    expect(choose(offers, { platform: 'prime_video' })).toBe(offers[1]);
  });

  it('answers null for a named platform that does not carry it there, without switching platforms', () => {
    const offers = [offer('netflix', 'SUBSCRIPTION'), offer('hulu', 'SUBSCRIPTION', { regions: ['CA'] })];
    expect(choose(offers, { platform: 'hulu', subscribedPlatforms: ['netflix'] })).toBeNull();
    expect(choose(offers, { platform: 'disney_plus' })).toBeNull();
  });

  it('prefers the best offer on the named platform (free over subscription over rental over purchase)', () => {
    const offers = [offer('prime_video', 'PURCHASE'), offer('prime_video', 'RENTAL'), offer('prime_video', 'SUBSCRIPTION')];
    expect(choose(offers, { platform: 'prime_video' })).toBe(offers[2]);
  });

  it('without a platform picks among the subscribed platforms, FREE before SUBSCRIPTION, then the viewer\'s order', () => {
    const offers = [offer('hulu', 'SUBSCRIPTION'), offer('netflix', 'SUBSCRIPTION'), offer('max', 'SUBSCRIPTION'), offer('tubi', 'FREE')];
    expect(choose(offers, { subscribedPlatforms: ['netflix', 'hulu'] })).toBe(offers[1]);
    expect(choose(offers, { subscribedPlatforms: ['hulu', 'netflix'] })).toBe(offers[0]);
    const withFree = [...offers, offer('hulu', 'FREE')];
    expect(choose(withFree, { subscribedPlatforms: ['netflix', 'hulu'] })).toBe(withFree[4]);
  });

  it('never picks a rental or purchase for the viewer, even on a subscribed platform', () => {
    const offers = [offer('prime_video', 'RENTAL'), offer('apple_tv', 'PURCHASE')];
    expect(choose(offers, { subscribedPlatforms: ['prime_video', 'apple_tv'] })).toBeNull();
  });

  it('falls back to a FREE offer on any platform when no subscription carries the title', () => {
    const offers = [offer('netflix', 'SUBSCRIPTION'), offer('tubi', 'FREE')];
    expect(choose(offers, { subscribedPlatforms: ['hulu'] })).toBe(offers[1]);
    expect(choose([offer('netflix', 'SUBSCRIPTION')], { subscribedPlatforms: ['hulu'] })).toBeNull();
  });

  it('counts only offers inside their window, in the region (or worldwide) and with a launch link', () => {
    expect(isPlayable(offer('n', 'FREE'), 'US', NOW)).toBe(true);
    expect(isPlayable(offer('n', 'FREE', { regions: [] }), 'JP', NOW)).toBe(true);
    expect(isPlayable(offer('n', 'FREE', { regions: ['GB'] }), 'US', NOW)).toBe(false);
    expect(isPlayable(offer('n', 'FREE', { availableFrom: NOW + DAY }), 'US', NOW)).toBe(false);
    expect(isPlayable(offer('n', 'FREE', { availableFrom: NOW - DAY, expiresAt: NOW + DAY }), 'US', NOW)).toBe(true);
    expect(isPlayable(offer('n', 'FREE', { expiresAt: NOW }), 'US', NOW)).toBe(false);
    expect(isPlayable(offer('n', 'FREE', { webUrl: null }), 'US', NOW)).toBe(false);
    const expired = [offer('netflix', 'SUBSCRIPTION', { expiresAt: NOW - 1 }), offer('hulu', 'SUBSCRIPTION')];
    expect(choose(expired, { subscribedPlatforms: ['netflix', 'hulu'] })).toBe(expired[1]);
  });
});
