import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { parseBangumiSiteMeta } from '../../src/ingestion/bangumiSiteMeta.js';
import { normalizeBangumiItem } from '../../src/ingestion/normalizeBangumiItem.js';
import { day } from '../support/makeRecord.js';

const data = createRequire(import.meta.url)('bangumi-data/dist/data.json') as { siteMeta: unknown };
const siteMeta = parseBangumiSiteMeta(data.siteMeta);

// The real 千と千尋の神隠し entry, plus a resource site and a regional one to show what becomes an offer.
const spiritedAway = {
  title: '千と千尋の神隠し',
  titleTranslate: { 'zh-Hans': ['千与千寻'], 'zh-Hant': ['神隱少女', '千與千尋'], en: ['Spirited Away'] },
  type: 'movie',
  lang: 'ja',
  begin: '2001-07-20T16:00:00.000Z',
  end: '2001-07-20T18:05:00.000Z',
  sites: [
    { site: 'iqiyi', id: 'a_19rrh9spg5', begin: '2017-01-24T08:06:01.000Z' },
    { site: 'bangumi', id: '311' },
    { site: 'netflix', id: '60023642', begin: '2020-02-28T16:00:00.000Z' },
    { site: 'tmdb', id: 'movie/129' },
    { site: 'mal', id: '199' },
    { site: 'anidb', id: '112' },
    { site: 'aniList', id: '199' },
    { site: 'mikan', id: '1234' },
    { site: 'dmhy', id: '千与千寻' },
    { site: 'bilibili_tw', id: '28220978', begin: '' },
  ],
};

function normalize(raw: unknown) {
  const result = normalizeBangumiItem(raw, siteMeta);
  if (!result.ok) throw new Error(`unexpected skip: ${result.detail}`);
  return result.title;
}

describe('normalizeBangumiItem', () => {
  it('uses the English title for display and keeps every name', () => {
    const title = normalize(spiritedAway);
    expect(title).toMatchObject({
      source: 'bangumi_data',
      sourceKey: '311',
      contentType: 'MOVIE',
      title: 'Spirited Away',
      originalTitle: '千と千尋の神隠し',
      originalLanguage: 'ja',
      releaseDate: day('2001-07-20'),
      endDate: day('2001-07-20'),
      runtimeMinutes: 125,
      genres: ['animation'],
      averageRating: null,
      voteCount: 0,
    });
    expect(title.localizedTitles).toEqual([
      { locale: 'zh-Hans', names: ['千与千寻'] },
      { locale: 'zh-Hant', names: ['神隱少女', '千與千尋'] },
      { locale: 'en', names: ['Spirited Away'] },
      { locale: 'ja', names: ['千と千尋の神隠し'] },
    ]);
  });

  it('falls back to the original title when there is no English one', () => {
    const title = normalize({ ...spiritedAway, titleTranslate: { 'zh-Hans': ['千与千寻'], en: ['  '] } });
    expect(title.title).toBe('千と千尋の神隠し');
  });

  it('takes external ids from info sites only, TMDb parsed', () => {
    expect(normalize(spiritedAway).externalIds).toEqual([
      { system: 'bangumi', value: '311' },
      { system: 'tmdb_movie', value: '129' },
      { system: 'mal', value: '199' },
      { system: 'anidb', value: '112' },
      { system: 'anilist', value: '199' },
    ]);
  });

  it('makes offers from onair sites only, never from resource or info sites', () => {
    const offers = normalize(spiritedAway).offers;
    expect(offers.map((o) => o.platformId)).toEqual(['iqiyi', 'netflix', 'bilibili_tw']);
    expect(offers[1]).toEqual({
      platformId: 'netflix',
      platformTitleId: '60023642',
      regions: [],
      availabilityType: 'SUBSCRIPTION',
      price: null,
      qualityTiers: ['HD'],
      subscriptionTier: null,
      webUrl: 'https://www.netflix.com/title/60023642',
      availableFrom: new Date('2020-02-28T16:00:00.000Z'),
      expiresAt: null,
      source: 'BANGUMI_DATA',
    });
  });

  it('gives offers the site regions, and the item begin when the site has no start date', () => {
    const [iqiyi, , bilibiliTw] = normalize(spiritedAway).offers;
    expect(iqiyi?.regions).toEqual(['CN']);
    expect(bilibiliTw?.regions).toEqual(['TW']);
    expect(bilibiliTw?.availableFrom).toEqual(new Date('2001-07-20T16:00:00.000Z'));
    expect(bilibiliTw?.webUrl).toBe('https://www.bilibili.com/bangumi/media/md28220978/');
  });

  it('prefers the site url, and recovers the id from it when the entry has none', () => {
    const item = { ...spiritedAway, sites: [{ site: 'iqiyi', url: 'http://www.iqiyi.com/dongman/20130715/839f4bf2c2cbe419.html' }] };
    expect(normalize(item).offers).toMatchObject([
      { platformId: 'iqiyi', platformTitleId: 'dongman/20130715/839f4bf2c2cbe419', webUrl: item.sites[0]?.url },
    ]);
  });

  it('scores popularity by the number of streaming sites, capped at 0.8', () => {
    expect(normalize(spiritedAway).popularity).toBeCloseTo(0.45);
    expect(normalize({ ...spiritedAway, sites: [] }).popularity).toBeCloseTo(0.3);
    const many = ['unext', 'danime', 'abema', 'nicovideo', 'bilibili', 'iqiyi', 'qq', 'youku', 'mgtv', 'acfun', 'gamer', 'viu'];
    expect(normalize({ ...spiritedAway, sites: many.map((site) => ({ site, id: 'x1' })) }).popularity).toBe(0.8);
  });

  it('maps tv, web and ova to SERIES without a runtime', () => {
    for (const type of ['tv', 'web', 'ova']) {
      expect(normalize({ ...spiritedAway, type })).toMatchObject({ contentType: 'SERIES', runtimeMinutes: null });
    }
  });

  it('leaves out runtimes outside 1–300 minutes', () => {
    expect(normalize({ ...spiritedAway, end: '2001-09-20T16:00:00.000Z' }).runtimeMinutes).toBeNull();
    expect(normalize({ ...spiritedAway, end: '' })).toMatchObject({ runtimeMinutes: null, endDate: null });
  });

  it('keys items without a bangumi id by a hash of title and begin', () => {
    const noBangumi = { ...spiritedAway, sites: spiritedAway.sites.filter((s) => s.site !== 'bangumi') };
    expect(normalize(noBangumi).sourceKey).toMatch(/^[0-9a-f]{64}$/);
    expect(normalize(noBangumi).sourceKey).toBe(normalize({ ...noBangumi }).sourceKey);
  });

  it('skips bad items with a reason', () => {
    expect(normalizeBangumiItem({ ...spiritedAway, title: ' ' }, siteMeta)).toMatchObject({ ok: false, skipReason: 'missing_title' });
    expect(normalizeBangumiItem({ ...spiritedAway, type: 'radio' }, siteMeta)).toMatchObject({
      ok: false,
      skipReason: 'unsupported_type',
    });
    expect(normalizeBangumiItem([], siteMeta)).toMatchObject({ ok: false, skipReason: 'invalid_record' });
  });
});
