import { describe, expect, it } from 'vitest';
import { titleDocument } from '../../src/events/titleDocument.js';
import { offer, resolvedTitle } from '../support/resolvedTitle.js';

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

describe('titleDocument', () => {
  it('maps a resolved title to the published document', () => {
    const title = resolvedTitle('Spirited Away', {
      releaseDate: day('2001-07-20'),
      releaseYear: 2001,
      genres: ['animation', 'fantasy'],
      rating: 'PG',
      runtimeMinutes: 125,
      popularity: 0.8,
      averageRating: 8.6,
      voteCount: 1_000,
      qualityScore: 0.7,
      originalTitle: '千と千尋の神隠し',
      overview: 'A girl wanders into a world of spirits.',
      localizedTitles: [
        { locale: 'ja', names: ['千と千尋の神隠し'] },
        { locale: 'en', names: ['Spirited Away', 'Sen to Chihiro'] },
        { locale: 'zh-Hans', names: ['千与千寻', '千と千尋の神隠し'] },
      ],
      credits: [
        { personName: 'Rumi Hiiragi', role: 'CAST', job: null, position: 0 },
        { personName: 'Hayao Miyazaki', role: 'DIRECTOR', job: 'Director', position: 0 },
        { personName: 'Miyu Irino', role: 'CAST', job: null, position: 1 },
        { personName: 'Joe Hisaishi', role: 'CREW', job: 'Music', position: 0 },
      ],
      externalIds: [{ system: 'mal', value: '199' }, { system: 'imdb', value: 'tt0245429' }],
      offers: [offer({ platformId: 'netflix', platformTitleId: '60023642', availableFrom: new Date('2026-01-01T00:00:00Z') })],
    });

    expect(titleDocument(title)).toEqual({
      titleId: title.id,
      contentType: 'MOVIE',
      name: 'Spirited Away',
      originalName: '千と千尋の神隠し',
      // Locales in code order (en, ja, zh-Hans), names in their order, each name once.
      localizedNames: ['Spirited Away', 'Sen to Chihiro', '千と千尋の神隠し', '千与千寻'],
      overview: 'A girl wanders into a world of spirits.',
      genres: ['animation', 'fantasy'],
      directors: ['Hayao Miyazaki'],
      cast: ['Rumi Hiiragi', 'Miyu Irino'],
      releaseYear: 2001,
      releaseDate: '2001-07-20',
      runtimeMinutes: 125,
      contentRating: { system: 'MPAA', rating: 'PG' },
      popularity: 0.8,
      averageRating: 8.6,
      voteCount: 1_000,
      qualityScore: 0.7,
      externalIds: [{ system: 'imdb', value: 'tt0245429' }, { system: 'mal', value: '199' }],
      offers: [
        {
          platformId: 'netflix',
          availabilityType: 'SUBSCRIPTION',
          regions: null,
          availableFrom: '2026-01-01T00:00:00.000Z',
          expiresAt: null,
          source: 'BANGUMI_DATA',
          deepLink: { appUrl: 'netflix://title/60023642', webUrl: 'https://www.netflix.com/title/60023642' },
        },
      ],
    });
  });

  it("gives each offer the launch links Offer.deepLink serves, without a start time", () => {
    const { offers } = titleDocument(
      resolvedTitle('Links', {
        offers: [
          offer({ platformId: 'prime_video', platformTitleId: 'B0X', webUrl: 'https://www.amazon.co.jp/gp/video/detail/B0X' }),
          offer({ platformId: 'crave', platformTitleId: 'Orphan Black' }),
          offer({ platformId: 'unext', platformTitleId: 'SID1', webUrl: 'javascript:alert(1)' }),
        ],
      }),
    );
    expect(Object.fromEntries(offers.map((o) => [o.platformId, o.deepLink]))).toEqual({
      // The source's own page wins over the platform template, as in the API.
      prime_video: { appUrl: 'aiv://aiv/detail?asin=B0X', webUrl: 'https://www.amazon.co.jp/gp/video/detail/B0X' },
      // No title URL known: the platform's search page; no app link without a template.
      crave: { appUrl: null, webUrl: 'https://www.crave.ca/en/search?q=Orphan%20Black' },
      unext: { appUrl: null, webUrl: 'https://video.unext.jp/title/SID1' },
    });
  });

  it("spells out where an offer is valid: its own regions, else its platform's, else worldwide (null)", () => {
    const { offers } = titleDocument(
      resolvedTitle('Regions', {
        offers: [
          offer({ platformId: 'netflix', regions: ['US', 'CA', 'US'], platformTitleId: 'a' }),
          offer({ platformId: 'hulu', regions: [], platformTitleId: 'b' }),
          offer({ platformId: 'bilibili_hk_mo_tw', regions: [], platformTitleId: 'c' }),
          offer({ platformId: 'youtube', regions: [], availabilityType: 'FREE', platformTitleId: 'd' }),
        ],
      }),
    );
    expect(offers.map((o) => [o.platformId, o.regions])).toEqual([
      ['bilibili_hk_mo_tw', ['HK', 'MO', 'TW']],
      ['hulu', ['US']],
      ['netflix', ['CA', 'US']],
      ['youtube', null],
    ]);
  });

  it('leaves out offers that differ only in what the document does not carry, and keeps unrated titles null', () => {
    const doc = titleDocument(
      resolvedTitle('Twice', {
        releaseDate: null,
        offers: [
          offer({ platformId: 'prime_video', availabilityType: 'RENTAL', price: { amount: 3.99, currency: 'USD' }, platformTitleId: 'x' }),
          offer({ platformId: 'prime_video', availabilityType: 'RENTAL', price: { amount: 4.99, currency: 'USD' }, platformTitleId: 'x', qualityTiers: ['UHD_4K'] }),
          // Another platform title id leads somewhere else: a different launch link, so a different offer.
          offer({ platformId: 'prime_video', availabilityType: 'RENTAL', platformTitleId: 'y' }),
          offer({ platformId: 'peacock', availabilityType: 'FREE', source: 'DEMO', platformTitleId: 'z' }),
        ],
      }),
    );
    expect(doc.offers.map((o) => `${o.platformId}/${o.availabilityType}/${o.source}/${o.deepLink?.appUrl}`)).toEqual([
      'peacock/FREE/DEMO/peacock://watch/z',
      'prime_video/RENTAL/BANGUMI_DATA/aiv://aiv/detail?asin=x',
      'prime_video/RENTAL/BANGUMI_DATA/aiv://aiv/detail?asin=y',
    ]);
    expect(doc).toMatchObject({ contentRating: null, releaseDate: null, releaseYear: null, directors: [], cast: [] });
  });
});
