import { describe, expect, it } from 'vitest';
import { bangumiAdapter } from '../../src/ingestion/bangumiAdapter.js';
import { resolveEntities } from '../../src/ingestion/resolveEntities.js';
import { normalizeSource } from '../../src/ingestion/normalizeSource.js';
import { vegaMoviesAdapter } from '../../src/ingestion/vegaMoviesAdapter.js';


// Runs both adapters over the datasets installed in node_modules, then resolves them together.
describe('both real datasets', async () => {
  const vega = await normalizeSource(vegaMoviesAdapter());
  const bangumi = await normalizeSource(bangumiAdapter());
  const now = new Date('2025-01-01T00:00:00Z');
  const resolved = resolveEntities([...vega.records, ...bangumi.records], { bySourceRecord: new Map(), byExternalId: new Map() }, {
    now,
  });

  it('normalises nearly every vega film', () => {
    expect(vega.total).toBe(3201);
    expect(vega.records.length).toBeGreaterThan(3180);
    expect(vega.skipped).toEqual({ missing_title: 1 });
    expect(new Set(vega.records.map((r) => r.sourceKey)).size).toBe(vega.records.length);
    expect(vega.records.filter((r) => (r.releaseDate?.getUTCFullYear() ?? 0) > 2011)).toEqual([]);
  });

  it('normalises every bangumi item, with onair offers only', () => {
    expect(bangumi.records.length).toBeGreaterThan(8400);
    expect(bangumi.skipped).toEqual({});
    const platforms = new Set(bangumi.records.flatMap((r) => r.offers.map((o) => o.platformId)));
    for (const torrentOrDatabase of ['dmhy', 'mikan', 'bangumi_moe', 'bangumi', 'mal', 'tmdb']) {
      expect(platforms.has(torrentOrDatabase)).toBe(false);
    }
    expect(platforms.has('prime_video')).toBe(true);
  });

  it('merges across the datasets, Spirited Away included', () => {
    expect(resolved.merged).toBeGreaterThan(0);
    expect(resolved.titles.length + resolved.merged).toBe(vega.records.length + bangumi.records.length);
    const crossSource = resolved.titles.filter((t) => new Set(t.sourceRecords.map((s) => s.source)).size > 1);
    expect(crossSource.length).toBeGreaterThan(0);
    expect(crossSource.map((t) => t.title)).toContain('Final Fantasy: The Spirits Within');
    const spiritedAway = crossSource.find((t) => t.title === 'Spirited Away');
    expect(spiritedAway).toMatchObject({ originalTitle: '千と千尋の神隠し', releaseYear: 2001, contentRating: { rating: 'PG' } });
  });

  it('produces titles within the §2 bounds', () => {
    for (const t of resolved.titles) {
      expect(t.genres.length).toBeLessThanOrEqual(5);
      expect(t.popularity).toBeGreaterThanOrEqual(0);
      expect(t.popularity).toBeLessThanOrEqual(1);
      expect(t.qualityScore).toBeGreaterThanOrEqual(0);
      expect(t.qualityScore).toBeLessThanOrEqual(1);
    }
    expect(new Set(resolved.titles.map((t) => t.id)).size).toBe(resolved.titles.length);
    const offerIds = resolved.titles.flatMap((t) => t.offers.map((o) => o.id));
    expect(new Set(offerIds).size).toBe(offerIds.length);
  });
});
