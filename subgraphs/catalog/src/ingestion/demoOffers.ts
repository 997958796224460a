import { platformById, SPEC_PLATFORM_IDS, type PlatformDef } from '../availability/platforms.js';
import { MS_PER_DAY, utcDateOnly } from './dateOnly.js';
import { seededRandom, type SeededRandom } from './seededRandom.js';
import type { AvailabilityType, ContentType, NormalizedOffer, QualityTier } from './types.js';

/** The markets demo offers are spread over. */
export const DEMO_REGIONS: readonly string[] = ['US', 'GB', 'CA', 'DE', 'FR', 'JP', 'AU', 'BR', 'IN', 'ES'];
const RENTAL_PRICES = [2.99, 3.99, 4.99, 5.99];
const PURCHASE_PRICES = [9.99, 12.99, 14.99, 17.99, 19.99];
/** Titles from this year on get 4K and HDR; older ones SD and HD, as catalogues of remastered films mostly show. */
const UHD_FROM_YEAR = 2005;
const EXPIRING_SHARE = 0.1;

/**
 * Made-up offers on the §10 platforms so the product can be tried before real availability sources are wired
 * (source `DEMO`; the importer can leave them out). Deterministic: the random stream is seeded by the title id, so a
 * re-import produces the same offers, and the dates move only with `importTime`.
 *
 * Shape of the output: 1–3 offers on distinct platforms; US-only platforms (Hulu, Peacock) stay in the US, the others
 * get 1–5 of `DEMO_REGIONS`; mostly subscription, some free, rental and purchase (USD, with price); available
 * from a day to two years before the import; about one in ten expiring 5–60 days after it.
 */
export function demoOffersFor(
  titleId: string,
  contentType: ContentType,
  releaseYear: number | null,
  importTime: Date,
): NormalizedOffer[] {
  if (Number.isNaN(importTime.getTime())) throw new TypeError('importTime must be a valid date');
  const rng = seededRandom(`demo-offers:${titleId}`);
  const platforms = rng
    .shuffle(SPEC_PLATFORM_IDS)
    .slice(0, rng.int(1, 3))
    .map((id) => platformById(id))
    .filter((p): p is PlatformDef => p !== undefined);
  return platforms.map((platform) => demoOffer(platform, rng, contentType, releaseYear, importTime));
}

function demoOffer(
  platform: PlatformDef,
  rng: SeededRandom,
  contentType: ContentType,
  releaseYear: number | null,
  importTime: Date,
): NormalizedOffer {
  const regions =
    platform.regions.length > 0 ? [...platform.regions] : pickRegions(rng, rng.int(1, 5));
  const availabilityType = pickAvailabilityType(rng, contentType);
  const price =
    availabilityType === 'RENTAL'
      ? { amount: rng.pick(RENTAL_PRICES), currency: 'USD' }
      : availabilityType === 'PURCHASE'
        ? { amount: rng.pick(PURCHASE_PRICES), currency: 'USD' }
        : null;
  const qualityTiers: QualityTier[] =
    releaseYear !== null && releaseYear >= UHD_FROM_YEAR ? ['HD', 'UHD_4K', 'HDR'] : ['SD', 'HD'];
  const platformTitleId = fakePlatformTitleId(platform.id, rng);
  const availableFrom = utcDateOnly(new Date(importTime.getTime() - rng.int(1, 730) * MS_PER_DAY));
  const expiresAt = rng.next() < EXPIRING_SHARE ? new Date(importTime.getTime() + rng.int(5, 60) * MS_PER_DAY) : null;
  return {
    platformId: platform.id,
    platformTitleId,
    regions,
    availabilityType,
    price,
    qualityTiers,
    subscriptionTier: null,
    webUrl: null,
    availableFrom,
    expiresAt,
    source: 'DEMO',
  };
}

function pickRegions(rng: SeededRandom, count: number): string[] {
  const chosen = new Set(rng.shuffle(DEMO_REGIONS).slice(0, count));
  return DEMO_REGIONS.filter((r) => chosen.has(r));
}

// Roughly 60% subscription, 10% free, 15% rental, 15% purchase. Series are sold by the season, not rented.
function pickAvailabilityType(rng: SeededRandom, contentType: ContentType): AvailabilityType {
  const roll = rng.next();
  if (roll < 0.6) return 'SUBSCRIPTION';
  if (roll < 0.7) return 'FREE';
  if (roll < 0.85) return contentType === 'SERIES' ? 'PURCHASE' : 'RENTAL';
  return 'PURCHASE';
}

const UPPER_DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const LOWER_DIGITS = 'abcdefghijklmnopqrstuvwxyz0123456789';
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const HEX = '0123456789abcdef';

/** An id in the shape the platform uses, so demo deep links look real: Netflix numbers, Amazon ASINs, and so on. */
function fakePlatformTitleId(platformId: string, rng: SeededRandom): string {
  const chars = (alphabet: string, n: number): string =>
    Array.from({ length: n }, () => alphabet.charAt(rng.int(0, alphabet.length - 1))).join('');
  const uuidLike = (): string => [8, 4, 4, 4, 12].map((n) => chars(HEX, n)).join('-');
  switch (platformId) {
    case 'netflix':
      return String(rng.int(60_000_000, 81_999_999));
    case 'prime_video':
      return `B0${chars(UPPER_DIGITS, 8)}`;
    case 'apple_tv_plus':
      return `umc.cmc.${chars(LOWER_DIGITS, 25)}`;
    case 'youtube':
      return chars(`${ALNUM}-_`, 11);
    case 'hulu':
    case 'hbo_max':
    case 'peacock':
      return uuidLike();
    default:
      return chars(ALNUM, 12);
  }
}
