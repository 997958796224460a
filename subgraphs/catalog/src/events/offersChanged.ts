import type { CatalogOfferDocument } from '@media-gateway/events';
import { canonicalJson } from '../lib/canonicalJson.js';

/**
 * Whether a title's availability changed between two of its documents' offer lists (both in document order, as
 * `offerDocuments` gives them): an offer added or removed, or one's platform, type, regions, window or launch link
 * changed. What documents leave out (prices, quality tiers) does not count.
 */
export function offersChanged(before: readonly CatalogOfferDocument[], after: readonly CatalogOfferDocument[]): boolean {
  return canonicalJson(before) !== canonicalJson(after);
}
