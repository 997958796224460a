import { fillUrlTemplate } from '../availability/fillUrlTemplate.js';

/**
 * bangumi-data's `siteMeta`: what each site key in an item's `sites` means.
 * `info` sites are databases (bangumi, MAL, AniDB, AniList, TMDb), `onair` sites are where the show can be
 * watched, `resource` sites are torrent indexes and must never become offers.
 */
export interface BangumiSite {
  title: string;
  /** Holds `{{id}}`. */
  urlTemplate: string;
  type: string;
  /** ISO 3166-1 alpha-2; absent means worldwide. */
  regions?: string[];
}

export type BangumiSiteMeta = Readonly<Record<string, BangumiSite>>;

/**
 * Checks the `siteMeta` block of a bangumi-data file. Entries without a usable template or type are dropped
 * rather than failing the whole import; regions are deduplicated (Ani-One Asia lists KH twice).
 */
export function parseBangumiSiteMeta(raw: unknown): BangumiSiteMeta {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new Error('bangumi-data: siteMeta must be an object');
  }
  const sites: Record<string, BangumiSite> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (typeof value !== 'object' || value === null) continue;
    const { title, urlTemplate, type, regions } = value as Record<string, unknown>;
    if (typeof urlTemplate !== 'string' || typeof type !== 'string') continue;
    const site: BangumiSite = { title: typeof title === 'string' ? title : key, urlTemplate, type };
    if (Array.isArray(regions)) {
      site.regions = [...new Set(regions.filter((r): r is string => typeof r === 'string' && /^[A-Z]{2}$/.test(r)))];
    }
    sites[key] = site;
  }
  return sites;
}

/** The site's page for one of its ids, the id encoded as `fillUrlTemplate` does for our own templates. */
export function bangumiSiteUrl(site: BangumiSite, id: string): string {
  return fillUrlTemplate(site.urlTemplate.replaceAll('{{id}}', '{id}'), id);
}

/**
 * Recovers a site id from a page URL by matching it against the site's template, ignoring http vs https.
 * A few entries give only a `url` (iQIYI films from 2013: `http://www.iqiyi.com/dongman/20130715/839f….html`).
 */
export function bangumiIdFromUrl(site: BangumiSite, url: string): string | null {
  const [before = '', after = ''] = site.urlTemplate.split('{{id}}');
  if (!site.urlTemplate.includes('{{id}}')) return null;
  const pattern = new RegExp(`^${escape(before).replace(/^https?/, 'https?')}(.+?)${escape(after)}$`);
  return pattern.exec(url)?.[1] ?? null;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
