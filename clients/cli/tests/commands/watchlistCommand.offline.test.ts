import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { testCli } from '../support/testEnvironment.js';

// `watchlist add` while the server cannot take the change: it is queued in sync-queue.json (exit 0, synced: false)
// and `watchlist sync` sends it later. The API is a scripted fetch keyed by operation name, so the test can cut
// the network for exactly the ApplySyncOperations call.
const URL_ = 'http://api.test';
const PROFILE = '11111111-1111-4111-8111-111111111111';
const DEVICE = '22222222-2222-4222-8222-222222222222';
const TITLE = '33333333-3333-4333-8333-333333333333';

const DEVICE_VIEW = { id: DEVICE, name: 'cli', type: 'CLI', platform: 'CLI', status: 'OFFLINE', state: null, lastSeenAt: null, capabilities: { remoteControllable: false, canCast: true, canReceiveCast: false, maxResolution: null }, nowPlaying: null };

interface Sent {
  operationName: string;
  documentId: string;
  variables: Record<string, unknown>;
  authorization: string | null;
}

function api(options: { online: () => boolean }) {
  const sent: Sent[] = [];
  const answers: Record<string, (variables: Record<string, unknown>) => unknown> = {
    Viewer: () => ({ me: { id: 'u-1', email: 'ada@example.test', displayName: 'Ada', role: 'FREE', profiles: [{ id: PROFILE, name: 'Ada', isKids: false, contentRestrictions: { maxContentRating: null, blockedGenres: [], viewingAllowedNow: true } }] } }),
    DeviceStatus: (variables) => ({ device: variables.id === DEVICE ? DEVICE_VIEW : null }),
    Devices: () => ({ devices: [] }),
    RegisterDevice: () => ({ registerDevice: { heartbeatIntervalSeconds: 30, offlineAfterSeconds: 90, device: DEVICE_VIEW } }),
    TitleAvailability: () => ({ title: { id: TITLE, name: 'Alien', availability: [] } }),
    Library: () => ({ library: { profileId: PROFILE, cursor: 'c-0', watchlist: [], progress: [], preferences: [] } }),
    SyncSince: () => ({ syncSince: { cursor: 'c-1', hasMore: false, fullStateRequired: false, operations: [] } }),
    ApplySyncOperations: (variables) => ({ applySyncOperations: { applied: (variables.operations as unknown[]).length, duplicates: 0, ignored: 0, cursor: 'c-1' } }),
  };
  const fetch: typeof globalThis.fetch = async (_input, init) => {
    const body = JSON.parse(String(init?.body)) as Omit<Sent, 'authorization'>;
    sent.push({ ...body, authorization: new Headers(init?.headers).get('authorization') });
    if (body.operationName === 'ApplySyncOperations' && !options.online()) throw new TypeError('fetch failed');
    const answer = answers[body.operationName];
    if (!answer) throw new Error(`unexpected operation ${body.operationName}`);
    return new Response(JSON.stringify({ data: answer(body.variables) }), { headers: { 'content-type': 'application/json' } });
  };
  return { sent, fetch };
}

const clis: Array<ReturnType<typeof testCli>> = [];
afterEach(() => {
  for (const made of clis.splice(0)) made.dispose();
});

describe('watchlist changes without a server', () => {
  it('queues the change offline, lists it as pending, and sends it on `watchlist sync`', async () => {
    let online = false;
    const server = api({ online: () => online });
    const cli = testCli({ fetch: server.fetch, env: { MEDIA_GATEWAY_URL: URL_ } });
    clis.push(cli);
    writeFileSync(
      join(cli.dir, 'credentials.json'),
      JSON.stringify({ version: 1, profiles: { default: { issuer: `${URL_}/oidc`, tokens: { accessToken: 'token-1', refreshToken: 'r-1', expiresAt: Date.now() + 3_600_000 } } } }),
    );

    const added = await cli.run('watchlist', 'add', TITLE);

    expect(added.code, added.stderr).toBe(0);
    expect(added.json()).toEqual({ action: 'add', profileId: PROFILE, deviceId: DEVICE, changed: [TITLE], sent: 0, synced: false, pending: 1, rejected: [] });
    // Registered once and remembered; every request went by persisted id with the bearer token.
    expect((await cli.run('config', 'get', 'device')).json()).toEqual({ key: 'device', value: DEVICE });
    expect(server.sent.filter((s) => s.operationName === 'RegisterDevice')).toHaveLength(1);
    for (const request of server.sent) {
      expect(request.documentId).toMatch(/^[0-9a-f]{64}$/);
      expect(request.authorization).toBe('Bearer token-1');
    }
    const queue = JSON.parse(readFileSync(join(cli.dir, 'sync-queue.json'), 'utf8')) as { queues: Record<string, Array<{ kind: string; titleId: string; hlc: string }>> };
    expect(Object.values(queue.queues)).toEqual([[expect.objectContaining({ kind: 'WATCHLIST_ADD', titleId: TITLE, hlc: expect.stringContaining(DEVICE) })]]);

    const listed = await cli.run('watchlist', 'list');
    expect(listed.json()).toMatchObject({ profileId: PROFILE, watchlist: [], pending: [{ kind: 'WATCHLIST_ADD', titleId: TITLE }] });

    online = true;
    server.sent.length = 0;
    const synced = await cli.run('watchlist', 'sync');

    expect(synced.code, synced.stderr).toBe(0);
    expect(synced.json()).toEqual({ action: 'sync', profileId: PROFILE, deviceId: DEVICE, changed: [], sent: 1, synced: true, pending: 0, rejected: [] });
    const apply = server.sent.find((s) => s.operationName === 'ApplySyncOperations');
    expect(apply?.variables).toMatchObject({ profileId: PROFILE, deviceId: DEVICE, operations: [{ kind: 'WATCHLIST_ADD', titleId: TITLE }] });
    expect(server.sent.filter((s) => s.operationName === 'RegisterDevice')).toHaveLength(0);
    expect(JSON.parse(readFileSync(join(cli.dir, 'sync-queue.json'), 'utf8'))).toEqual({ version: 1, queues: {} });
  });
});
