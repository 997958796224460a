/**
 * Country names a query may use for its region ("on Netflix in the UK"), mapped to ISO 3166-1 alpha-2 (PRODUCT_SPEC
 * §2: regions are alpha-2). Only the markets the platforms table serves are listed; a query naming another country
 * keeps those words in its text, and the caller's own region still applies.
 *
 * `guarded` names are also ordinary words ("us"): they count only after "in the" or when typed in capitals.
 */
export interface RegionName {
  name: string;
  region: string;
  guarded?: boolean;
}

export const REGION_NAMES: readonly RegionName[] = Object.freeze([
  { name: 'us', region: 'US', guarded: true },
  { name: 'usa', region: 'US' },
  { name: 'united states', region: 'US' },
  { name: 'america', region: 'US' },
  { name: 'uk', region: 'GB' },
  { name: 'gb', region: 'GB' },
  { name: 'united kingdom', region: 'GB' },
  { name: 'britain', region: 'GB' },
  { name: 'great britain', region: 'GB' },
  { name: 'england', region: 'GB' },
  { name: 'canada', region: 'CA' },
  { name: 'australia', region: 'AU' },
  { name: 'new zealand', region: 'NZ' },
  { name: 'ireland', region: 'IE' },
  { name: 'germany', region: 'DE' },
  { name: 'france', region: 'FR' },
  { name: 'spain', region: 'ES' },
  { name: 'italy', region: 'IT' },
  { name: 'netherlands', region: 'NL' },
  { name: 'mexico', region: 'MX' },
  { name: 'brazil', region: 'BR' },
  { name: 'india', region: 'IN' },
  { name: 'japan', region: 'JP' },
  { name: 'south korea', region: 'KR' },
  { name: 'korea', region: 'KR' },
  { name: 'taiwan', region: 'TW' },
  { name: 'hong kong', region: 'HK' },
]);
