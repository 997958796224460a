import { BANGUMI_SITE_TO_PLATFORM } from '../availability/platforms.js';
import { bangumiIdFromUrl, bangumiSiteUrl, type BangumiSiteMeta } from './bangumiSiteMeta.js';
import { parseIsoTimestamp } from './dateOnly.js';
import type { NormalizedOffer } from './types.js';

export interface BangumiSiteEntry {
  site: string;
  id?: string;
  url?: string;
  begin?: string;
}

/**
 * Offers for a bangumi-data item: one per `onair` site. Info sites (databases) and resource sites (torrent
 * indexes) never become offers, whatever else they carry.
 *
 * bangumi-data says where a show streams, not on what terms, so every offer is a subscription in HD; prices and
 * tiers are unknown. Regions are the site's regions from siteMeta; none listed means the service's whole footprint.
 */
export function bangumiOffers(
  sites: readonly BangumiSiteEntry[],
  siteMeta: BangumiSiteMeta,
  itemBegin: Date | null,
): NormalizedOffer[] {
  const offers = new Map<string, NormalizedOffer>();
  for (const entry of sites) {
    const meta = Object.hasOwn(siteMeta, entry.site) ? siteMeta[entry.site] : undefined;
    if (meta?.type !== 'onair') continue;
    const platformId = Object.hasOwn(BANGUMI_SITE_TO_PLATFORM, entry.site) ? BANGUMI_SITE_TO_PLATFORM[entry.site] : undefined;
    if (platformId === undefined) continue; // an onair site newer than our platform table
    const sourceUrl = entry.url !== undefined && /^https?:\/\//.test(entry.url) ? entry.url : null;
    const platformTitleId = entry.id?.trim() || (sourceUrl === null ? null : bangumiIdFromUrl(meta, sourceUrl));
    if (!platformTitleId) continue;
    const key = `${platformId}\u0000${platformTitleId}`;
    if (offers.has(key)) continue;
    offers.set(key, {
      platformId,
      platformTitleId,
      regions: [...(meta.regions ?? [])],
      availabilityType: 'SUBSCRIPTION',
      price: null,
      qualityTiers: ['HD'],
      subscriptionTier: null,
      webUrl: sourceUrl ?? bangumiSiteUrl(meta, platformTitleId),
      availableFrom: parseIsoTimestamp(entry.begin) ?? itemBegin,
      expiresAt: null,
      source: 'BANGUMI_DATA',
    });
  }
  return [...offers.values()];
}
