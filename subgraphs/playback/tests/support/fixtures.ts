import { randomUUID } from 'node:crypto';
import {
  CATALOG_TITLE_UPSERTED,
  IDENTITY_CONSENTS_CHANGED,
  IDENTITY_PREFERENCES_CHANGED,
  SYNC_PROGRESS_UPDATED,
  type CatalogOfferDocument,
  type CatalogTitleDocument,
  type DomainEvent,
  type IdentityConsentsChangedPayload,
  type IdentityPreferencesChangedPayload,
  type SyncProgressUpdatedPayload,
} from '@media-gateway/events';
import { formatHlc } from '@media-gateway/crdt';
import { domainEvent } from './playbackHarness.js';

export const SESSION_FIELDS = /* GraphQL */ `
  id title { id } deviceId profileId platform positionSeconds durationSeconds state resumePositionSeconds
  startedAt updatedAt endedAt endReason
`;

export function netflixOffer(overrides: Partial<CatalogOfferDocument> = {}): CatalogOfferDocument {
  return {
    platformId: 'netflix',
    availabilityType: 'SUBSCRIPTION',
    regions: ['US'],
    availableFrom: null,
    expiresAt: null,
    source: 'BANGUMI_DATA',
    deepLink: { appUrl: 'netflix://title/80100172', webUrl: 'https://www.netflix.com/title/80100172' },
    ...overrides,
  };
}

export function offerOn(platformId: string, availabilityType: CatalogOfferDocument['availabilityType'], regions: string[] | null = ['US']): CatalogOfferDocument {
  return netflixOffer({
    platformId,
    availabilityType,
    regions,
    deepLink: { appUrl: `${platformId}://watch/t1`, webUrl: `https://${platformId}.example/watch/t1` },
  });
}

export function titleDocument(titleId: string, offers: CatalogOfferDocument[], overrides: Partial<CatalogTitleDocument> = {}): CatalogTitleDocument {
  return {
    titleId,
    contentType: 'MOVIE',
    name: 'Heat',
    originalName: null,
    localizedNames: [],
    overview: null,
    genres: ['crime'],
    directors: [],
    cast: [],
    releaseYear: 1995,
    releaseDate: null,
    runtimeMinutes: 170,
    contentRating: null,
    popularity: 0.5,
    averageRating: null,
    voteCount: 0,
    qualityScore: 0.5,
    externalIds: [],
    offers,
    ...overrides,
  };
}

export function titleUpserted(doc: CatalogTitleDocument): DomainEvent<CatalogTitleDocument> {
  return domainEvent('catalog', CATALOG_TITLE_UPSERTED, doc.titleId, doc);
}

export function preferencesChanged(userId: string, subscribedPlatforms: string[]): DomainEvent<IdentityPreferencesChangedPayload> {
  return domainEvent('identity', IDENTITY_PREFERENCES_CHANGED, userId, {
    userId,
    subscribedPlatforms,
    favoriteGenres: [],
    dislikedGenres: [],
    preferredLanguages: [],
    maxContentRating: null,
  });
}

export function consentsChanged(userId: string, historyRetention: boolean | null): DomainEvent<IdentityConsentsChangedPayload> {
  const consents = [{ purpose: 'ANALYTICS', granted: true, policyVersion: '2026-01' }];
  if (historyRetention !== null) consents.push({ purpose: 'HISTORY_RETENTION', granted: historyRetention, policyVersion: '2026-01' });
  return domainEvent('identity', IDENTITY_CONSENTS_CHANGED, userId, { userId, consents });
}

export function progressUpdated(
  p: { userId: string; profileId: string; titleId: string; deviceId: string; positionSeconds: number; durationSeconds?: number; at: number; logical?: number },
): DomainEvent<SyncProgressUpdatedPayload> {
  const durationSeconds = p.durationSeconds ?? 6000;
  return domainEvent('sync', SYNC_PROGRESS_UPDATED, `${p.userId}:${p.profileId}`, {
    userId: p.userId,
    profileId: p.profileId,
    titleId: p.titleId,
    deviceId: p.deviceId,
    positionSeconds: p.positionSeconds,
    durationSeconds,
    completed: p.positionSeconds / durationSeconds > 0.95,
    hlc: formatHlc({ physical: p.at, logical: p.logical ?? 0, node: p.deviceId }),
    updatedAt: new Date(p.at).toISOString(),
  });
}

/** Fresh ids for one test: a user with a profile and two devices, and a title. */
export function ids() {
  return { user: randomUUID(), profile: randomUUID(), phone: randomUUID(), tv: randomUUID(), title: randomUUID() };
}
