/** One way to watch a title, as playback's copy of the catalog holds it. Times are epoch ms. */
export interface TitleOffer {
  platformId: string;
  availabilityType: 'SUBSCRIPTION' | 'RENTAL' | 'PURCHASE' | 'FREE' | (string & {});
  /** Upper-case ISO 3166-1 alpha-2 codes; empty means worldwide. */
  regions: readonly string[];
  availableFrom: number | null;
  expiresAt: number | null;
  /** The platform's app link without a start time; null when it has none. */
  appUrl: string | null;
  /** The web fallback without a start time; null for offers published before the catalog sent launch links. */
  webUrl: string | null;
}
