import { describe, expect, it } from 'vitest';
import { formatAuthStatus } from '../../src/output/formatAuthStatus.js';
import { configView, formatConfig } from '../../src/output/formatConfig.js';
import { formatStatus } from '../../src/output/formatStatus.js';

describe('formatStatus', () => {
  it('summarises, lists the readiness checks, and flattens the health facts', () => {
    expect(
      formatStatus({
        url: 'http://localhost:4000',
        status: 'degraded',
        health: { status: 'ok', service: 'router', mode: 'embedded', catalog: { seedImport: 'up to date', demoOffers: true }, events: { outboxes: ['catalog', 'sync'] }, consumers: [{ name: 'offers', lag: 0 }] },
        ready: { status: 'unavailable', checks: { database: { ok: true, latencyMs: 2.4 }, redis: { ok: false, detail: 'ECONNREFUSED' } } },
      }),
    ).toBe(
      [
        'router at http://localhost:4000: degraded',
        '',
        'CHECK     OK   LATENCY  DETAIL',
        'database  yes  2 ms',
        'redis     NO            ECONNREFUSED',
        '',
        'mode: embedded',
        'catalog.seedImport: up to date',
        'catalog.demoOffers: true',
        'events.outboxes: catalog, sync',
        'consumers: {"name":"offers","lag":0}',
      ].join('\n'),
    );
  });
});

describe('formatAuthStatus', () => {
  it('tells who is signed in, or how to sign in', () => {
    expect(
      formatAuthStatus({
        signedIn: true,
        profileName: 'default',
        url: 'http://localhost:4000',
        user: { id: 'u-1', email: 'ada@example.test', displayName: 'Ada' },
        scope: 'openid read:content',
        expiresAt: '2025-01-01T10:15:00.000Z',
      }),
    ).toBe(
      [
        'Signed in to http://localhost:4000 as Ada <ada@example.test> (profile "default").',
        'scopes: openid read:content',
        'access token expires: 2025-01-01T10:15:00.000Z',
      ].join('\n'),
    );
    expect(formatAuthStatus({ signedIn: false, profileName: 'work', url: 'http://localhost:4000' })).toBe(
      'Not signed in to http://localhost:4000 (profile "work"). Run `media-gateway auth login`.',
    );
  });
});

describe('formatConfig', () => {
  it('shows each effective setting with its source', () => {
    const view = configView(
      { profileName: 'default', url: 'http://127.0.0.1:9', urlSource: 'flag', region: 'US', regionSource: 'default', profile: undefined, device: 'd-1' },
      { config: '/c/config.toml', credentials: '/c/credentials.json' },
    );
    expect(view.url).toEqual({ value: 'http://127.0.0.1:9', source: 'flag' });
    expect(formatConfig(view)).toBe(
      [
        'profile name: default',
        'config file:  /c/config.toml',
        'credentials:  /c/credentials.json',
        'url:          http://127.0.0.1:9 (flag)',
        'region:       US (default)',
        'profile:      (your first profile)',
        'device:       d-1',
      ].join('\n'),
    );
  });
});
