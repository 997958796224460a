import { describe, expect, it } from 'vitest';
import { formatOffers, formatTitle } from '../../src/output/formatTitle.js';
import { alien } from './fixtures.js';

describe('formatTitle', () => {
  it('shows the summary, credits and overview, and availability and similar titles only when asked', () => {
    const plain = formatTitle(alien, { availability: false, similar: false, region: 'US' });
    expect(plain).toBe(
      [
        'Alien (1979) · movie · Horror, Science Fiction · 117 min · R · ★ 8.1',
        'id: 00000000-0000-4000-8000-000000000001',
        'directed by: Ridley Scott',
        'cast: Sigourney Weaver, Tom Skerritt',
        '',
        'The crew of the Nostromo answers a distress call.',
      ].join('\n'),
    );
    const full = formatTitle(alien, { availability: true, similar: true, region: 'US' });
    expect(full).toBe(
      [
        plain,
        '',
        'Where to watch in US:',
        'PLATFORM  TYPE          PRICE     QUALITY    LINK',
        'Netflix   subscription            HD,UHD_4K  https://www.netflix.com/title/1',
        'Apple TV  rental        3.99 USD  HD         https://tv.apple.com/movie/1',
        '',
        'Similar titles:',
        '  00000000-0000-4000-8000-000000000002  Aliens (1986) · movie · Action · 137 min',
      ].join('\n'),
    );
  });

  it('says when a title does not stream in the region', () => {
    expect(formatOffers([], 'GB')).toBe('Not available to stream in GB.');
  });
});
