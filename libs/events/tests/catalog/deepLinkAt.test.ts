import { describe, expect, it } from 'vitest';
import { withStartTime } from '@media-gateway/events';

describe('withStartTime', () => {
  it('adds ?t= to a URL without a query and &t= to one with a query', () => {
    expect(withStartTime('netflix://title/42', 90)).toBe('netflix://title/42?t=90');
    expect(withStartTime('https://www.netflix.com/title/42', 90)).toBe('https://www.netflix.com/title/42?t=90');
    expect(withStartTime('youtube://watch?v=abc', 0)).toBe('youtube://watch?v=abc&t=0');
    expect(withStartTime('https://www.youtube.com/watch?v=abc', 0)).toBe('https://www.youtube.com/watch?v=abc&t=0');
  });

  it('replaces a t already there and keeps the fragment last', () => {
    expect(withStartTime('https://youtu.be/abc?t=60&si=x#top', 5)).toBe('https://youtu.be/abc?si=x&t=5#top');
    expect(withStartTime('https://x.test/a?t&tab=2', 7)).toBe('https://x.test/a?tab=2&t=7');
  });

  it('keeps the other parameters byte for byte', () => {
    expect(withStartTime('aiv://aiv/detail?asin=B0X&ref=a%20b', 30)).toBe('aiv://aiv/detail?asin=B0X&ref=a%20b&t=30');
  });

  it.each([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])('rejects %s seconds with a TypeError', (seconds) => {
    expect(() => withStartTime('https://x.test/a', seconds)).toThrow(new TypeError(`seconds must be a non-negative integer, got ${seconds}`));
  });
});
