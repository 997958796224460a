import type { Identity } from '@media-gateway/auth';
import type { SearchAnalyticsStore } from './analytics/SearchAnalyticsStore.js';
import type { SearchEngine } from './search/SearchEngine.js';
import type { SearchWarning } from './search/SearchRequest.js';
import type { DiscoveryStore } from './store/DiscoveryStore.js';

export interface DiscoveryContext {
  engine: SearchEngine;
  store: DiscoveryStore;
  analytics: SearchAnalyticsStore;
  /** Who the router says is calling; verified on first use, since only admin fields need it. */
  identity(): Promise<Identity>;
  /**
   * Warnings of this request's searches, answered in the response's `extensions.warnings` as well as in
   * `SearchResults.warnings` (the router carries them to the client).
   */
  warnings: SearchWarning[];
}
