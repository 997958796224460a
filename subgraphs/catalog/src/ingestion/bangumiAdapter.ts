import { BANGUMI_SITE_TO_PLATFORM } from '../availability/platforms.js';
import { bangumiSiteUrl, parseBangumiSiteMeta, type BangumiSiteMeta } from './bangumiSiteMeta.js';
import { normalizeBangumiItem, BANGUMI_SOURCE } from './normalizeBangumiItem.js';
import { parseDatasetJson, readDatasetFile, resolvePackageFile } from './readDatasetFile.js';
import type { SourceAdapter } from './types.js';

export interface BangumiAdapterOptions {
  /**
   * The bangumi-data file to read.
   * @default bangumi-data's own `dist/data.json`
   */
  dataPath?: string;
}

interface BangumiData {
  siteMeta: BangumiSiteMeta;
  items: unknown[];
}

/**
 * bangumi-data (about 8,500 anime with their databases ids and the services that stream them) as a catalog source.
 *
 * A static file: every fetch returns every item, and the importer skips the run when `fingerprint()` is unchanged.
 * `normalize` needs the file's siteMeta to tell streaming sites from databases and torrent indexes; it reads the
 * file on first use if no fetch has yet.
 */
export function bangumiAdapter(options: BangumiAdapterOptions = {}): SourceAdapter<unknown> {
  const dataPath = (): string => options.dataPath ?? resolvePackageFile('bangumi-data', 'dist/data.json');
  let siteMeta: BangumiSiteMeta | null = null;
  const load = (): BangumiData => {
    const data = parseBangumiData(parseDatasetJson(readDatasetFile(dataPath())));
    siteMeta = data.siteMeta;
    return data;
  };
  const currentSiteMeta = (): BangumiSiteMeta => siteMeta ?? load().siteMeta;
  // Our platform id → bangumi site key, for generateDeepLink.
  const siteByPlatform = new Map(Object.entries(BANGUMI_SITE_TO_PLATFORM).map(([site, platform]) => [platform, site]));

  return {
    source: BANGUMI_SOURCE,
    rateLimitConfig: { requests: null, windowSeconds: 0 },
    async fingerprint() {
      return readDatasetFile(dataPath()).fingerprint;
    },
    // `since` and `region` do not apply: items have no change dates, and regions travel on each offer.
    async *fetchCatalogDelta() {
      yield* load().items;
    },
    normalize(raw) {
      return normalizeBangumiItem(raw, currentSiteMeta());
    },
    generateDeepLink(platformId, platformTitleId) {
      const site = siteByPlatform.get(platformId);
      const meta = site === undefined ? undefined : currentSiteMeta()[site];
      return meta?.type === 'onair' ? bangumiSiteUrl(meta, platformTitleId) : null;
    },
  };
}

function parseBangumiData(json: unknown): BangumiData {
  if (typeof json !== 'object' || json === null) throw new Error('bangumi-data: expected an object with siteMeta and items');
  const { siteMeta, items } = json as Record<string, unknown>;
  if (!Array.isArray(items)) throw new Error('bangumi-data: items must be an array');
  return { siteMeta: parseBangumiSiteMeta(siteMeta), items };
}
