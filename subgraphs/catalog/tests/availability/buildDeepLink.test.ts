import { describe, expect, it } from 'vitest';
import { buildDeepLink } from '../../src/availability/buildDeepLink.js';
import { platformById, type PlatformDef } from '../../src/availability/platforms.js';

function platform(id: string): PlatformDef {
  const def = platformById(id);
  if (!def) throw new Error(`no platform ${id}`);
  return def;
}

describe('buildDeepLink: the §10 table', () => {
  it.each([
    ['netflix', '80100172', 'netflix://title/80100172', 'https://www.netflix.com/title/80100172'],
    ['prime_video', 'B01N5AXKZP', 'aiv://aiv/detail?asin=B01N5AXKZP', 'https://www.amazon.com/gp/video/detail/B01N5AXKZP'],
    ['disney_plus', 'wFw1QF2srJ7o', 'disneyplus://content/wFw1QF2srJ7o', 'https://www.disneyplus.com/video/wFw1QF2srJ7o'],
    ['hulu', 'a1b2', 'hulu://watch/a1b2', 'https://www.hulu.com/watch/a1b2'],
    ['hbo_max', 'c3d4', 'hbomax://content/c3d4', 'https://www.max.com/video/c3d4'],
    ['apple_tv_plus', 'umc.cmc.x1', 'videos://watch/umc.cmc.x1', 'https://tv.apple.com/us/video/umc.cmc.x1'],
    ['paramount_plus', 'e5f6', 'paramountplus://content/e5f6', 'https://www.paramountplus.com/movies/e5f6'],
    ['peacock', 'g7h8', 'peacock://watch/g7h8', 'https://www.peacocktv.com/watch/g7h8'],
    ['youtube', 'dQw4w9WgXcQ', 'youtube://watch?v=dQw4w9WgXcQ', 'https://www.youtube.com/watch?v=dQw4w9WgXcQ'],
  ])('%s', (id, titleId, appUrl, webUrl) => {
    expect(buildDeepLink(platform(id), titleId)).toEqual({ appUrl, webUrl });
  });
});

describe('buildDeepLink: fallbacks', () => {
  it('prefers the source web URL over the template', () => {
    const link = buildDeepLink(platform('prime_video'), 'B0X', { sourceWebUrl: 'https://www.amazon.co.jp/gp/video/detail/B0X' });
    expect(link).toEqual({ appUrl: 'aiv://aiv/detail?asin=B0X', webUrl: 'https://www.amazon.co.jp/gp/video/detail/B0X' });
  });

  it('ignores a source URL that is not http(s)', () => {
    const link = buildDeepLink(platform('netflix'), '1', { sourceWebUrl: 'javascript:alert(1)' });
    expect(link.webUrl).toBe('https://www.netflix.com/title/1');
  });

  it('uses the search page when the platform has no title URL, and no app link without a template', () => {
    expect(buildDeepLink(platform('crave'), 'Orphan Black')).toEqual({
      appUrl: null,
      webUrl: 'https://www.crave.ca/en/search?q=Orphan%20Black',
    });
  });

  it('uses the web template for a platform without an app link', () => {
    expect(buildDeepLink(platform('unext'), 'SID0035264')).toEqual({ appUrl: null, webUrl: 'https://video.unext.jp/title/SID0035264' });
  });
});

// How `t=` goes into a URL is `withStartTime`'s (tested in libs/events); here, which links get it.
describe('buildDeepLink: ?t=', () => {
  it('sets the start time on the app link and the web link', () => {
    expect(buildDeepLink(platform('netflix'), '42', { startSeconds: 90 })).toEqual({
      appUrl: 'netflix://title/42?t=90',
      webUrl: 'https://www.netflix.com/title/42?t=90',
    });
    const link = buildDeepLink(platform('youtube'), 'abc', { startSeconds: 5, sourceWebUrl: 'https://youtu.be/abc?t=60&si=x#top' });
    expect(link).toEqual({ appUrl: 'youtube://watch?v=abc&t=5', webUrl: 'https://youtu.be/abc?si=x&t=5#top' });
  });

  it('does not add a start time to a search page', () => {
    expect(buildDeepLink(platform('bbc_iplayer'), 'b006q2x0', { startSeconds: 30 }).webUrl).toBe(
      'https://www.bbc.co.uk/iplayer/search?q=b006q2x0',
    );
  });

  it.each([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])('rejects startSeconds %s with a TypeError', (startSeconds) => {
    expect(() => buildDeepLink(platform('netflix'), '1', { startSeconds })).toThrow(
      new TypeError(`startSeconds must be a non-negative integer, got ${startSeconds}`),
    );
  });

  it('rejects an empty platform title id', () => {
    expect(() => buildDeepLink(platform('netflix'), '')).toThrow(new TypeError('platformTitleId must be a non-empty string'));
  });
});

describe('buildDeepLink: encoding', () => {
  it('encodes the id in the path and in the query', () => {
    expect(buildDeepLink(platform('netflix'), 'a b?c')).toEqual({
      appUrl: 'netflix://title/a%20b%3Fc',
      webUrl: 'https://www.netflix.com/title/a%20b%3Fc',
    });
    expect(buildDeepLink(platform('youtube'), 'a&b=c').webUrl).toBe('https://www.youtube.com/watch?v=a%26b%3Dc');
  });

  it('keeps / between path segments (Tencent ids) but escapes dot segments', () => {
    expect(buildDeepLink(platform('qq'), 'g/gvz5bapszkkjbw8').webUrl).toBe('https://v.qq.com/detail/g/gvz5bapszkkjbw8.html');
    expect(buildDeepLink(platform('netflix'), '../admin').webUrl).toBe('https://www.netflix.com/title/%2E%2E/admin');
  });
});
