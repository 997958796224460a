import { describe, expect, it } from 'vitest';
import { bangumiAdapter } from '../../src/ingestion/bangumiAdapter.js';
import { vegaMoviesAdapter } from '../../src/ingestion/vegaMoviesAdapter.js';

describe('dataset adapters', () => {
  it('name their sources and fingerprint the files', async () => {
    const bangumi = bangumiAdapter();
    const vega = vegaMoviesAdapter();
    expect([bangumi.source, vega.source]).toEqual(['bangumi_data', 'vega_movies']);
    expect(await bangumi.fingerprint()).toMatch(/^[0-9a-f]{64}$/);
    expect(await vega.fingerprint()).toBe(await vega.fingerprint());
    expect(bangumi.rateLimitConfig.requests).toBeNull();
  });

  it('bangumi links to onair sites by our platform id; vega has no links', () => {
    const bangumi = bangumiAdapter();
    expect(bangumi.generateDeepLink('prime_video', 'B0X')).toBe('https://www.amazon.co.jp/gp/video/detail/B0X');
    expect(bangumi.generateDeepLink('unext', 'SID1')).toBe('https://video.unext.jp/title/SID1');
    expect(bangumi.generateDeepLink('hulu', '1')).toBeNull();
    expect(vegaMoviesAdapter().generateDeepLink('netflix', '1')).toBeNull();
  });

  it('normalizes without a prior fetch', () => {
    expect(bangumiAdapter().normalize({ title: 'x', type: 'tv', sites: [{ site: 'abema', id: '1' }] })).toMatchObject({
      ok: true,
      title: { offers: [{ platformId: 'abema', regions: ['JP'] }] },
    });
  });
});
