import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, REDIS_SKIP_REASON, testRedisUrl, type TestDatabase } from '@media-gateway/testing';
import type { OAuthLimitsOptions } from '../../../src/oauth/limits/OAuthLimits.js';
import { Browser, readForm, type Navigation } from '../support/Browser.js';
import { ALICE, memoryAccounts } from '../support/memoryAccounts.js';
import { SERVICE_SECRET, startAuthServer, type AuthServer } from '../support/startAuthServer.js';

// The per-endpoint caps of §6 at the authorization server's HTTP edge, with the spec's numbers. Every request here
// comes from 127.0.0.1, so each test starts a server of its own (fresh counters) on one shared database.
const accounts = memoryAccounts([ALICE]);
const DEVICE_GRANT = 'urn:ietf:params:oauth:grant-type:device_code';
let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});

afterAll(async () => {
  await database?.dispose();
});

async function withServer(limits: OAuthLimitsOptions, run: (server: AuthServer) => Promise<void>): Promise<void> {
  // The production poll interval (5 s), so that `slow_down` and the poll cap can be told apart.
  const server = await startAuthServer(database, accounts, { limits, devicePollInterval: 5 });
  try {
    await run(server);
  } finally {
    await server.close();
  }
}

interface Answer {
  status: number;
  headers: Headers;
  body: Record<string, unknown>;
}

async function postForm(server: AuthServer, path: string, fields: Record<string, string>, headers: Record<string, string> = {}): Promise<Answer> {
  const response = await fetch(`${server.issuer}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(fields),
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as Record<string, unknown> };
}

const basic = (id: string, secret: string) => ({ authorization: `Basic ${Buffer.from(`${id}:${secret}`).toString('base64')}` });
const bogusRefresh = (clientId: string) => ({ grant_type: 'refresh_token', refresh_token: 'not-a-refresh-token', client_id: clientId });

function expectRetryAfter(headers: Headers): void {
  const seconds = Number(headers.get('retry-after'));
  expect(Number.isInteger(seconds)).toBe(true);
  expect(seconds).toBeGreaterThanOrEqual(1);
  expect(seconds).toBeLessThanOrEqual(60);
}

/** Opens /activate in `browser` and posts `fields` with the page's form token, as the code entry form does. */
async function submitCode(browser: Browser, fields: Record<string, string>): Promise<Navigation> {
  const page = await browser.navigate('/activate');
  const form = readForm(page.html);
  return browser.navigate(form.action, { ...form.fields, ...fields });
}

describe('token endpoint cap (§6: 10 a minute per client)', () => {
  it('lets 10 requests of a client through to the provider and answers the 11th 429 with Retry-After', async () => {
    await withServer({}, async (server) => {
      for (let i = 0; i < 10; i += 1) {
        const answer = await postForm(server, '/token', bogusRefresh('web'));
        // invalid_grant: the provider parsed the body the cap had read ahead (grant type, client, token).
        expect(answer).toMatchObject({ status: 400, body: { error: 'invalid_grant' } });
        expect(answer.headers.get('x-ratelimit-remaining')).toBe(String(9 - i));
      }

      const refused = await postForm(server, '/token', bogusRefresh('web'));

      expect(refused.status).toBe(429);
      expectRetryAfter(refused.headers);
      expect(refused.headers.get('cache-control')).toBe('no-store');
      expect(refused.headers.get('x-ratelimit-limit')).toBe('10');
      expect(refused.body).toEqual({
        error: 'invalid_request',
        error_description: `too many token requests from this client; retry after ${refused.headers.get('retry-after')} seconds`,
      });
    });
  });

  it('counts each client apart (Basic or body), and folds invented client ids into one count', async () => {
    await withServer({}, async (server) => {
      for (let i = 0; i < 10; i += 1) await postForm(server, '/token', bogusRefresh('web'));
      expect((await postForm(server, '/token', bogusRefresh('web'))).status).toBe(429);

      // Same address, another client: its own count. The service client authenticates with HTTP Basic.
      const service = await postForm(server, '/token', { grant_type: 'client_credentials', scope: 'read:content' }, basic('service', SERVICE_SECRET));
      expect(service).toMatchObject({ status: 200, body: { token_type: 'Bearer', access_token: expect.any(String) } });
      expect(await postForm(server, '/token', bogusRefresh('cli'))).toMatchObject({ status: 400, body: { error: 'invalid_grant' } });

      for (let i = 0; i < 10; i += 1) {
        expect(await postForm(server, '/token', bogusRefresh(`made-up-${i}`))).toMatchObject({ status: 401, body: { error: 'invalid_client' } });
      }
      expect((await postForm(server, '/token', bogusRefresh('made-up-10'))).status).toBe(429);
    });
  });
});

describe('device-code polls (§6: at most 12 a minute per code)', () => {
  it('counts polls per device code, not against the client, and stops the 13th with slow_down', async () => {
    await withServer({}, async (server) => {
      const first = await postForm(server, '/device/auth', { client_id: 'tv', scope: 'openid read:content' });
      const second = await postForm(server, '/device/auth', { client_id: 'tv', scope: 'openid read:content' });
      const poll = (deviceCode: unknown) => postForm(server, '/token', { grant_type: DEVICE_GRANT, device_code: String(deviceCode), client_id: 'tv' });

      const answers: Answer[] = [];
      for (let i = 0; i < 13; i += 1) answers.push(await poll(first.body.device_code));

      // 12 polls reached the provider (more than the client's token cap of 10): pending, then the provider's own
      // slow_down for polling faster than the interval. The 13th never got there.
      expect(answers.slice(0, 12).map((a) => [a.status, a.body.error])).toEqual([
        [400, 'authorization_pending'],
        ...Array.from({ length: 11 }, () => [400, 'slow_down']),
      ]);
      const refused = answers[12]!;
      expect(refused.status).toBe(429);
      expectRetryAfter(refused.headers);
      expect(refused.body).toEqual({
        error: 'slow_down',
        error_description: `polling too often; wait ${refused.headers.get('retry-after')} seconds and poll no faster than the interval`,
      });

      expect(await poll(second.body.device_code)).toMatchObject({ status: 400, body: { error: 'authorization_pending' } });
    });
  });
});

describe('device authorization cap (§6: /device 5 a minute)', () => {
  it('answers the 6th device authorization request from one address 429, whichever client asks', async () => {
    await withServer({}, async (server) => {
      for (let i = 0; i < 5; i += 1) {
        expect(await postForm(server, '/device/auth', { client_id: 'tv', scope: 'openid' })).toMatchObject({ status: 200, body: { user_code: expect.any(String) } });
      }

      const refused = await postForm(server, '/device/auth', { client_id: 'cli', scope: 'openid' });

      expect(refused.status).toBe(429);
      expectRetryAfter(refused.headers);
      expect(refused.body).toEqual({
        error: 'invalid_request',
        error_description: `too many device authorization requests from this network; retry after ${refused.headers.get('retry-after')} seconds`,
      });
    });
  });
});

describe('user-code guessing on /activate', () => {
  it('never counts a right code, refuses the 6th submission after 5 wrong ones, before the provider sees the code', async () => {
    await withServer({}, async (server) => {
      const device = await postForm(server, '/device/auth', { client_id: 'tv', scope: 'openid read:content' });
      const userCode = String(device.body.user_code);
      const browser = new Browser(server.origin);

      // Typing the right code (as people type it) shows the confirmation, as often as needed: nothing is counted.
      for (let i = 0; i < 6; i += 1) {
        const confirm = await submitCode(browser, { user_code: userCode.replace('-', '').toLowerCase() });
        expect(confirm.status).toBe(200);
        expect(confirm.html).toContain(userCode);
        expect(confirm.headers.get('x-ratelimit-remaining')).toBe('5');
      }
      for (let i = 0; i < 5; i += 1) {
        const wrong = await submitCode(browser, { user_code: 'BBBB-BBBB' });
        expect(wrong.status).toBe(200);
        expect(wrong.html).toContain('That code is not valid or has expired.');
        expect(wrong.headers.get('x-ratelimit-remaining')).toBe(String(4 - i));
      }

      // The 6th: the right code with "confirm", which would take the code if it reached the provider.
      const refused = await submitCode(browser, { user_code: userCode, confirm: 'yes' });

      expect(refused.status).toBe(429);
      expectRetryAfter(refused.headers);
      expect(refused.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(refused.headers.get('content-security-policy')).toMatch(/^default-src 'self';/);
      expect(refused.html).toContain('<h1>Too many attempts</h1>');
      expect(refused.html).toContain(`Wait ${refused.headers.get('retry-after')} seconds, then enter the code shown on your device again.`);
      const code = await server.oidc.provider.DeviceCode.findByUserCode(userCode.replace('-', ''));
      expect(code).toMatchObject({ userCode: userCode.replace('-', '') });
      expect(code?.inFlight).toBeUndefined();
    });
  });

  it('lets exactly 5 of 20 wrong codes posted at once reach the provider', async () => {
    await withServer({}, async (server) => {
      const browser = new Browser(server.origin);
      const page = await browser.navigate('/activate');
      const form = readForm(page.html);

      const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => browser.request(form.action, { ...form.fields, user_code: `BBBB-BB${'BCDFGHJKLMNPQRSTVWXZ'[i]}B` })));

      const refused = answers.filter((a) => a.status === 429);
      const answeredByProvider = answers.filter((a) => a.status !== 429);
      expect(refused).toHaveLength(15);
      expect(answeredByProvider).toHaveLength(5);
      // The provider's code entry page (with an error: 200 for the first, and 400 for the ones that raced it for the
      // session's form state), never a confirmation.
      for (const answer of answeredByProvider) expect(await answer.text()).toContain('<title>Connect a device · Media Gateway</title>');
    });
  });
});

describe('limits: { enabled: false }', () => {
  it('serves every endpoint uncapped', async () => {
    await withServer({ enabled: false }, async (server) => {
      for (let i = 0; i < 12; i += 1) {
        const answer = await postForm(server, '/token', bogusRefresh('web'));
        expect(answer).toMatchObject({ status: 400, body: { error: 'invalid_grant' } });
        expect(answer.headers.get('x-ratelimit-limit')).toBeNull();
      }
      for (let i = 0; i < 7; i += 1) expect((await postForm(server, '/device/auth', { client_id: 'tv', scope: 'openid' })).status).toBe(200);
    });
  });
});

const redisUrl = testRedisUrl();
if (!redisUrl) console.warn(`OAuth caps over Redis skipped: ${REDIS_SKIP_REASON}`);

describe.skipIf(!redisUrl)('limits: { redis }', () => {
  it('holds a cap across replicas sharing Redis', async () => {
    const redis = new Redis(redisUrl!, { lazyConnect: true, enableOfflineQueue: false, maxRetriesPerRequest: 1 });
    redis.on('error', () => {});
    await redis.connect();
    const keyPrefix = `mg-test:${process.pid}:${randomUUID()}:oauth`;
    try {
      await withServer({ redis, keyPrefix }, async (replicaA) => {
        await withServer({ redis, keyPrefix }, async (replicaB) => {
          for (let i = 0; i < 5; i += 1) expect((await postForm(replicaA, '/token', bogusRefresh('web'))).status).toBe(400);
          for (let i = 0; i < 5; i += 1) expect((await postForm(replicaB, '/token', bogusRefresh('web'))).status).toBe(400);

          expect((await postForm(replicaA, '/token', bogusRefresh('web'))).status).toBe(429);
          expect((await postForm(replicaB, '/token', bogusRefresh('web'))).status).toBe(429);
        });
      });
      await expect(redis.get(`${keyPrefix}:token:client:web|ip:127.0.0.1`)).resolves.toBe('12');
    } finally {
      const keys = await redis.keys(`${keyPrefix}:*`);
      if (keys.length > 0) await redis.del(...keys);
      redis.disconnect();
    }
  });
});
