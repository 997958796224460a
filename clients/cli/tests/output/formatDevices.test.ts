import { describe, expect, it } from 'vitest';
import { formatDevices } from '../../src/output/formatDevices.js';
import { formatPlayback, formatPosition } from '../../src/output/formatPlayback.js';
import { tv } from './fixtures.js';

describe('formatDevices', () => {
  it('lists devices with presence and what plays, marking this CLI', () => {
    const cli = { ...tv, id: 'd-cli', name: 'media-gateway CLI', type: 'CLI' as const, platform: 'CLI', status: 'OFFLINE' as const, state: null, nowPlaying: null };
    expect(formatDevices([tv, cli], 'd-cli')).toBe(
      [
        '   ID     NAME               TYPE  PLATFORM  STATUS               PLAYING',
        '   d-tv   Living room TV     tv    Tizen     watching (watching)  Alien',
        '*  d-cli  media-gateway CLI  cli   CLI       offline',
      ].join('\n'),
    );
    expect(formatDevices([], undefined)).toBe('No devices registered.');
  });
});

describe('formatPlayback', () => {
  it('says what plays where, from which position, and the links', () => {
    const launch = {
      platform: 'netflix',
      deepLink: 'nflx://title/1',
      webFallback: 'https://www.netflix.com/title/1',
      resumePositionSeconds: 3725,
      session: {
        id: 's-1',
        deviceId: 'd-tv',
        profileId: 'p-1',
        platform: 'netflix',
        positionSeconds: 3725,
        durationSeconds: 7020,
        state: 'PLAYING' as const,
        resumePositionSeconds: 3725,
        startedAt: '2025-01-01T10:00:00.000Z',
        updatedAt: '2025-01-01T10:00:00.000Z',
        endedAt: null,
        endReason: null,
        title: { id: 't-1', name: 'Alien' },
      },
    };
    expect(formatPlayback(launch)).toBe(
      [
        'Playing Alien on device d-tv via netflix, resuming at 1:02:05.',
        'session: s-1',
        'app link: nflx://title/1',
        'web link: https://www.netflix.com/title/1',
      ].join('\n'),
    );
    expect(formatPlayback({ ...launch, deepLink: null, resumePositionSeconds: 0 })).toBe(
      ['Playing Alien on device d-tv via netflix, from the beginning.', 'session: s-1', 'web link: https://www.netflix.com/title/1'].join('\n'),
    );
    expect(formatPosition(65)).toBe('1:05');
  });
});
