import { withStartTime } from '@media-gateway/events';
import type { TitleOffer } from './TitleOffer.js';

export interface LaunchLinks {
  /** The app link; null when the platform has none. */
  deepLink: string | null;
  webFallback: string;
}

/**
 * The offer's launch links (PRODUCT_SPEC §10), with `t=<whole seconds>` when playback resumes part-way; from the
 * start (0) they are left as the catalog published them.
 *
 * @throws TypeError for an offer without a web link (`chooseOffer` never picks one).
 */
export function launchLinks(offer: TitleOffer, resumeSeconds: number): LaunchLinks {
  if (offer.webUrl === null) throw new TypeError(`launchLinks: the ${offer.platformId} offer has no web link`);
  const start = Math.floor(resumeSeconds);
  const at = (url: string) => (start > 0 ? withStartTime(url, start) : url);
  return { deepLink: offer.appUrl === null ? null : at(offer.appUrl), webFallback: at(offer.webUrl) };
}
