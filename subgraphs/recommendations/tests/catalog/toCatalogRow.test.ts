import type { CatalogTitleDocument } from '@media-gateway/events';
import { describe, expect, it } from 'vitest';
import { toCatalogRow } from '../../src/catalog/toCatalogRow.js';

const NOW = Date.parse('2026-12-01T00:00:00Z');
type Offer = CatalogTitleDocument['offers'][number];
const offer = (regions: string[] | null, extra: Partial<Offer> = {}): Offer => ({
  platformId: 'netflix',
  availabilityType: 'SUBSCRIPTION',
  regions,
  availableFrom: null,
  expiresAt: null,
  source: 'DEMO',
  ...extra,
});
const doc = (offers: Offer[], rating: string | null = 'PG-13'): CatalogTitleDocument =>
  ({
    titleId: 'A1B2C3D4-0000-4000-8000-000000000001',
    contentType: 'MOVIE',
    name: 'Heat',
    genres: ['Crime', 'thriller'],
    directors: ['Michael Mann'],
    cast: ['a', 'b', 'c', 'd', 'e', 'f', 'g'],
    releaseYear: 1995,
    runtimeMinutes: 170,
    contentRating: rating === null ? null : { system: 'MPAA', rating },
    popularity: 0.8,
    offers,
  }) as unknown as CatalogTitleDocument;

describe('toCatalogRow', () => {
  it('keeps the lead cast, lower-cases ids and genres, and ranks the rating', () => {
    const row = toCatalogRow(doc([offer(['us'])]), NOW);
    expect(row).toMatchObject({ titleId: 'a1b2c3d4-0000-4000-8000-000000000001', genres: ['crime', 'thriller'], leadCast: ['a', 'b', 'c', 'd', 'e'], ratingLevel: 2 });
    expect(toCatalogRow(doc([], 'Not Rated'), NOW).ratingLevel).toBeNull();
  });

  it('unions the regions of open offers; a worldwide offer makes the title worldwide; no offer, no region', () => {
    expect(toCatalogRow(doc([offer(['US', 'gb']), offer(['JP'])]), NOW)).toMatchObject({ regions: ['GB', 'JP', 'US'], worldwide: false });
    expect(toCatalogRow(doc([offer(['US']), offer(null)]), NOW)).toMatchObject({ regions: [], worldwide: true });
    expect(toCatalogRow(doc([]), NOW)).toMatchObject({ regions: [], worldwide: false });
  });

  it('leaves out offers that expired or have not opened yet', () => {
    const row = toCatalogRow(doc([offer(['US'], { expiresAt: '2026-11-01T00:00:00Z' }), offer(['FR'], { availableFrom: '2027-01-01T00:00:00Z' }), offer(['DE'])]), NOW);
    expect(row.regions).toEqual(['DE']);
  });
});
