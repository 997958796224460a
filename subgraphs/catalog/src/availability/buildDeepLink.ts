import { withStartTime } from '@media-gateway/events';
import { fillUrlTemplate } from './fillUrlTemplate.js';
import type { PlatformDef } from './platforms.js';

export interface DeepLinkOptions {
  /** Where to start playing, in whole seconds (§10 `?t=<seconds>`). */
  startSeconds?: number;
  /** The title's own web URL as the source gave it; preferred over the platform template when it is http(s). */
  sourceWebUrl?: string | null;
}

export interface DeepLink {
  /** Opens the platform's app; null when the platform has no documented app link (§10). */
  appUrl: string | null;
  /** Where to go when the app is missing (§10 web fallback). Always set. */
  webUrl: string;
}

/**
 * Builds the app link and web fallback for one title on one platform (PRODUCT_SPEC §10).
 *
 * Web fallback order: the source's own URL, then the platform's title template, then the platform's search page
 * (§10: "a missing mapping falls back to the platform's search page"). The start time is not added to a search
 * page, where it would mean nothing. `withStartTime` lives in `@media-gateway/events` so consumers of the catalog's
 * documents (which carry these links without a start time) add `t=` exactly as this does.
 *
 * @throws TypeError when `platformTitleId` is empty or `startSeconds` is not a non-negative integer.
 */
export function buildDeepLink(platform: PlatformDef, platformTitleId: string, opts: DeepLinkOptions = {}): DeepLink {
  if (typeof platformTitleId !== 'string' || platformTitleId.length === 0) {
    throw new TypeError('platformTitleId must be a non-empty string');
  }
  const { startSeconds, sourceWebUrl } = opts;
  if (startSeconds !== undefined && !(Number.isSafeInteger(startSeconds) && startSeconds >= 0)) {
    throw new TypeError(`startSeconds must be a non-negative integer, got ${String(startSeconds)}`);
  }
  const withStart = (url: string): string => (startSeconds === undefined ? url : withStartTime(url, startSeconds));

  const appUrl = platform.appUrlTemplate === null ? null : withStart(fillUrlTemplate(platform.appUrlTemplate, platformTitleId));
  let webUrl: string;
  if (sourceWebUrl != null && isHttpUrl(sourceWebUrl)) webUrl = withStart(sourceWebUrl);
  else if (platform.webUrlTemplate !== null) webUrl = withStart(fillUrlTemplate(platform.webUrlTemplate, platformTitleId));
  else webUrl = fillUrlTemplate(platform.searchUrlTemplate, platformTitleId);
  return { appUrl, webUrl };
}

// A source URL is data we did not write: only http(s) may reach a client, never `javascript:` and the like.
function isHttpUrl(value: string): boolean {
  try {
    const { protocol } = new URL(value);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}
