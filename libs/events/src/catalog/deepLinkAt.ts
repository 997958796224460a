/**
 * `url` with `t=<seconds>` set in its query, before any fragment, replacing a `t` already there (PRODUCT_SPEC §10
 * `?t=<seconds>`): how a launch link resumes playback. The catalog uses it for `Offer.deepLink`; consumers of
 * `catalog.title.upserted` add the start time to an offer's `deepLink` (published without one) the same way.
 *
 * Works on the string rather than through `URL.searchParams`, which would re-encode the other parameters of an app
 * link (`aiv://aiv/detail?asin=B0X` must keep its query byte for byte).
 *
 * @example withStartTime('https://youtu.be/abc?t=60&si=x#top', 5) // 'https://youtu.be/abc?si=x&t=5#top'
 * @throws TypeError when `seconds` is not a non-negative integer.
 */
export function withStartTime(url: string, seconds: number): string {
  if (!(Number.isSafeInteger(seconds) && seconds >= 0)) {
    throw new TypeError(`seconds must be a non-negative integer, got ${String(seconds)}`);
  }
  const hashAt = url.indexOf('#');
  const fragment = hashAt === -1 ? '' : url.slice(hashAt);
  const beforeFragment = hashAt === -1 ? url : url.slice(0, hashAt);
  const queryAt = beforeFragment.indexOf('?');
  const base = queryAt === -1 ? beforeFragment : beforeFragment.slice(0, queryAt);
  const params = queryAt === -1 ? [] : beforeFragment.slice(queryAt + 1).split('&').filter((p) => p !== '' && !/^t(=|$)/.test(p));
  return `${base}?${[...params, `t=${seconds}`].join('&')}${fragment}`;
}
