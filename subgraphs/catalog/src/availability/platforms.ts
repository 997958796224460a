/**
 * Every platform the catalog can link to (PRODUCT_SPEC §2 platform enum, §10 deep-link table), plus the
 * regional anime services that bangumi-data lists as `onair` sites.
 *
 * Templates hold `{id}`; `fillUrlTemplate` encodes the id before it goes in. App links exist only where §10
 * gives one; for everything else the client goes straight to the web URL.
 */
export interface PlatformDef {
  id: string;
  name: string;
  /** ISO 3166-1 alpha-2 codes where the platform operates; empty means worldwide. */
  regions: string[];
  appUrlTemplate: string | null;
  webUrlTemplate: string | null;
  /** Last resort when we have no mapping for a title (§10: "a missing mapping falls back to the search page"). */
  searchUrlTemplate: string;
}

const YOUTUBE_SEARCH = 'https://www.youtube.com/results?search_query={id}';
const BILIBILI_SEARCH = 'https://search.bilibili.com/all?keyword={id}';
const BILIBILI_WEB = 'https://www.bilibili.com/bangumi/media/md{id}/';
const GAMER_SEARCH = 'https://ani.gamer.com.tw/search.php?keyword={id}';
const YOUTUBE_PLAYLIST = 'https://www.youtube.com/playlist?list={id}';

// Ani-One Asia's list as bangumi-data gives it, which repeats KH; deduplicated here.
const ANI_ONE_ASIA_REGIONS = [
  'HK', 'TW', 'MO', 'SG', 'MY', 'PH', 'TH', 'ID', 'VN', 'KH', 'BD', 'BN', 'BT', 'FJ', 'FM', 'IN', 'LA', 'LK', 'MH',
  'MM', 'MN', 'MV', 'NP', 'NR', 'PG', 'PK', 'PW', 'SB', 'TL', 'TO', 'TV', 'VU', 'WS',
];

function platform(
  id: string,
  name: string,
  regions: string[],
  appUrlTemplate: string | null,
  webUrlTemplate: string | null,
  searchUrlTemplate: string,
): PlatformDef {
  return { id, name, regions, appUrlTemplate, webUrlTemplate, searchUrlTemplate };
}

/** The §10 platforms, in the order of the deep-link table. */
const SPEC_PLATFORMS: PlatformDef[] = [
  platform('netflix', 'Netflix', [], 'netflix://title/{id}', 'https://www.netflix.com/title/{id}',
    'https://www.netflix.com/search?q={id}'),
  // §10 lists two Prime app schemes; `aiv://` is the one both the iOS and Android apps register.
  platform('prime_video', 'Prime Video', [], 'aiv://aiv/detail?asin={id}', 'https://www.amazon.com/gp/video/detail/{id}',
    'https://www.amazon.com/s?i=instant-video&k={id}'),
  platform('disney_plus', 'Disney+', [], 'disneyplus://content/{id}', 'https://www.disneyplus.com/video/{id}',
    'https://www.disneyplus.com/search?q={id}'),
  // Hulu Japan is a separate service with its own catalogue; this entry is the US one only.
  platform('hulu', 'Hulu', ['US'], 'hulu://watch/{id}', 'https://www.hulu.com/watch/{id}',
    'https://www.hulu.com/search?q={id}'),
  platform('hbo_max', 'HBO Max', [], 'hbomax://content/{id}', 'https://www.max.com/video/{id}',
    'https://play.max.com/search?q={id}'),
  platform('apple_tv_plus', 'Apple TV+', [], 'videos://watch/{id}', 'https://tv.apple.com/us/video/{id}',
    'https://tv.apple.com/us/search?term={id}'),
  platform('paramount_plus', 'Paramount+', [], 'paramountplus://content/{id}', 'https://www.paramountplus.com/movies/{id}',
    'https://www.paramountplus.com/search/?q={id}'),
  platform('peacock', 'Peacock', ['US'], 'peacock://watch/{id}', 'https://www.peacocktv.com/watch/{id}',
    'https://www.peacocktv.com/search?q={id}'),
  // §10 leaves the YouTube web fallback unspecified; the standard watch URL is the obvious one.
  platform('youtube', 'YouTube', [], 'youtube://watch?v={id}', 'https://www.youtube.com/watch?v={id}', YOUTUBE_SEARCH),
];

/** §2 enum members with no §10 row: no documented app link or title URL, so links go to the search page. */
const REGIONAL_ENUM_PLATFORMS: PlatformDef[] = [
  platform('crave', 'Crave', ['CA'], null, null, 'https://www.crave.ca/en/search?q={id}'),
  platform('bbc_iplayer', 'BBC iPlayer', ['GB'], null, null, 'https://www.bbc.co.uk/iplayer/search?q={id}'),
];

/**
 * bangumi-data `onair` sites (siteMeta of bangumi-data 0.3.x): regions and web template copied from siteMeta,
 * `{{id}}` rewritten to `{id}`. Search pages are the services' own search, or YouTube search for the
 * distributors that publish through YouTube playlists.
 */
const BANGUMI_PLATFORMS: PlatformDef[] = [
  platform('crunchyroll', 'Crunchyroll', [], null, 'https://www.crunchyroll.com/series/{id}/',
    'https://www.crunchyroll.com/search?q={id}'),
  platform('bilibili', 'bilibili', ['CN'], null, BILIBILI_WEB, BILIBILI_SEARCH),
  platform('bilibili_hk_mo_tw', 'bilibili (Hong Kong, Macau and Taiwan)', ['HK', 'MO', 'TW'], null, BILIBILI_WEB,
    BILIBILI_SEARCH),
  platform('bilibili_hk_mo', 'bilibili (Hong Kong and Macau)', ['HK', 'MO'], null, BILIBILI_WEB, BILIBILI_SEARCH),
  platform('bilibili_tw', 'bilibili (Taiwan)', ['TW'], null, BILIBILI_WEB, BILIBILI_SEARCH),
  platform('unext', 'U-NEXT', ['JP'], null, 'https://video.unext.jp/title/{id}',
    'https://video.unext.jp/freeword?query={id}'),
  platform('danime', 'd Anime Store', ['JP'], null, 'https://animestore.docomo.ne.jp/animestore/ci_pc?workId={id}',
    'https://animestore.docomo.ne.jp/animestore/sch_pc?searchKey={id}'),
  platform('abema', 'ABEMA', ['JP'], null, 'https://abema.tv/video/title/{id}', 'https://abema.tv/search?q={id}'),
  platform('nicovideo', 'Niconico', ['JP'], null, 'https://ch.nicovideo.jp/{id}', 'https://www.nicovideo.jp/search/{id}'),
  platform('iqiyi', 'iQIYI', ['CN'], null, 'https://www.iqiyi.com/{id}.html', 'https://so.iqiyi.com/so/q_{id}'),
  platform('qq', 'Tencent Video', ['CN'], null, 'https://v.qq.com/detail/{id}.html', 'https://v.qq.com/x/search/?q={id}'),
  platform('youku', 'Youku', ['CN'], null, 'https://list.youku.com/show/id_z{id}.html',
    'https://so.youku.com/search_video/q_{id}'),
  platform('mgtv', 'Mango TV', ['CN'], null, 'https://www.mgtv.com/h/{id}.html', 'https://so.mgtv.com/so?k={id}'),
  platform('acfun', 'AcFun', ['CN'], null, 'https://www.acfun.cn/bangumi/aa{id}', 'https://www.acfun.cn/search?keyword={id}'),
  platform('letv', 'LeTV', ['CN'], null, 'https://www.le.com/comic/{id}.html', 'https://so.le.com/s?wd={id}'),
  platform('gamer', 'Bahamut Anime Crazy', ['TW'], null, 'https://acg.gamer.com.tw/acgDetail.php?s={id}', GAMER_SEARCH),
  platform('gamer_hk', 'Bahamut Anime Crazy (Hong Kong)', ['HK', 'MO'], null,
    'https://acg.gamer.com.tw/acgDetail.php?s={id}', GAMER_SEARCH),
  platform('muse_hk', 'Muse Communication (Hong Kong)', ['HK', 'MO'], null, YOUTUBE_PLAYLIST, YOUTUBE_SEARCH),
  platform('muse_tw', 'Muse Communication (Taiwan)', ['TW'], null, YOUTUBE_PLAYLIST, YOUTUBE_SEARCH),
  platform('ani_one', 'Ani-One', ['HK', 'TW', 'MO', 'SG', 'MY'], null, YOUTUBE_PLAYLIST, YOUTUBE_SEARCH),
  platform('ani_one_asia', 'Ani-One Asia', ANI_ONE_ASIA_REGIONS, null, YOUTUBE_PLAYLIST, YOUTUBE_SEARCH),
  platform('viu', 'Viu',
    ['HK', 'SG', 'MY', 'IN', 'PH', 'TH', 'MM', 'BH', 'EG', 'JO', 'KW', 'OM', 'QA', 'SA', 'AE', 'ZA'], null,
    'https://www.viu.com/ott/hk/zh-hk/vod/{id}/', 'https://www.viu.com/ott/hk/zh-hk/search?keyword={id}'),
  platform('mytv', 'myTV SUPER', ['HK'], null, 'https://www.mytvsuper.com/tc/programme/{id}/',
    'https://www.mytvsuper.com/tc/search/?q={id}'),
  platform('tropics', 'Tropics Entertainment', ['HK', 'TW', 'MO'], null, YOUTUBE_PLAYLIST, YOUTUBE_SEARCH),
];

export const PLATFORMS: readonly PlatformDef[] = Object.freeze(
  [...SPEC_PLATFORMS, ...REGIONAL_ENUM_PLATFORMS, ...BANGUMI_PLATFORMS].map((p) =>
    Object.freeze({ ...p, regions: Object.freeze([...p.regions]) as string[] }),
  ),
);

/** The platforms of the §10 deep-link table. */
export const SPEC_PLATFORM_IDS: readonly string[] = Object.freeze(SPEC_PLATFORMS.map((p) => p.id));

const BY_ID: ReadonlyMap<string, PlatformDef> = new Map(PLATFORMS.map((p) => [p.id, p]));

export function platformById(id: string): PlatformDef | undefined {
  return BY_ID.get(id);
}

/**
 * bangumi-data site key → our platform id. Only the four global services are renamed; every other onair
 * site keeps its bangumi key as its platform id. Sites missing here are not platforms (info/resource sites).
 */
export const BANGUMI_SITE_TO_PLATFORM: Readonly<Record<string, string>> = Object.freeze({
  netflix: 'netflix',
  prime: 'prime_video',
  disneyplus: 'disney_plus',
  youtube: 'youtube',
  ...Object.fromEntries(BANGUMI_PLATFORMS.map((p) => [p.id, p.id])),
});
