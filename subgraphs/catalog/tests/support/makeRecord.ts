import type { NormalizedOffer, NormalizedTitle } from '../../src/ingestion/types.js';

/** A minimal valid source record for resolution and merge tests; override what the test is about. */
export function makeRecord(overrides: Partial<NormalizedTitle> & { sourceKey: string }): NormalizedTitle {
  const title = overrides.title ?? 'Untitled';
  return {
    source: 'test_source',
    contentType: 'MOVIE',
    title,
    originalTitle: null,
    originalLanguage: null,
    overview: null,
    localizedTitles: [{ locale: 'en', names: [title] }],
    releaseDate: null,
    endDate: null,
    runtimeMinutes: null,
    genres: [],
    contentRating: null,
    credits: [],
    externalIds: [],
    popularity: 0.5,
    averageRating: null,
    voteCount: 0,
    offers: [],
    ...overrides,
  };
}

export function makeOffer(overrides: Partial<NormalizedOffer> = {}): NormalizedOffer {
  return {
    platformId: 'netflix',
    platformTitleId: '1',
    regions: [],
    availabilityType: 'SUBSCRIPTION',
    price: null,
    qualityTiers: ['HD'],
    subscriptionTier: null,
    webUrl: null,
    availableFrom: null,
    expiresAt: null,
    source: 'BANGUMI_DATA',
    ...overrides,
  };
}

export const day = (iso: string): Date => new Date(`${iso}T00:00:00.000Z`);
