import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@media-gateway/testing';
import { createRemoteJWKSet, jwtVerify } from 'jose';
import * as client from 'openid-client';
import { Browser, readForm, type Navigation } from './support/Browser.js';
import { ALICE, memoryAccounts } from './support/memoryAccounts.js';
import { RESOURCE, startAuthServer, type AuthServer } from './support/startAuthServer.js';

const accounts = memoryAccounts([ALICE]);
let database: TestDatabase;
let server: AuthServer;
let tv: client.Configuration;

beforeAll(async () => {
  database = await createTestDatabase();
  // A 1 s poll interval keeps the tests quick; production uses 5 s (§6).
  server = await startAuthServer(database, accounts, { devicePollInterval: 1 });
  tv = await server.discover('tv');
});

afterAll(async () => {
  await server?.close();
  await database?.dispose();
});

const SCOPE = 'openid offline_access read:content write:playback';
const USER_CODE = /^[BCDFGHJKLMNPQRSTVWXZ]{4}-[BCDFGHJKLMNPQRSTVWXZ]{4}$/;

/** Raw device-code poll, so a test controls the timing (openid-client's poller waits as it should). */
async function poll(config: client.Configuration, deviceCode: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(config.serverMetadata().token_endpoint!, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'urn:ietf:params:oauth:grant-type:device_code', device_code: deviceCode, client_id: 'tv' }),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

/** Opens /activate, types `typed`, and returns the confirmation page. */
async function enterCode(browser: Browser, verificationUri: string, typed: string): Promise<Navigation> {
  const page = await browser.navigate(verificationUri);
  const form = readForm(page.html);
  return browser.navigate(form.action, { ...form.fields, user_code: typed });
}

/** Presses Approve or Deny on the confirmation page. */
async function decide(browser: Browser, confirm: Navigation, decision: 'confirm' | 'abort'): Promise<Navigation> {
  const form = readForm(confirm.html);
  return browser.navigate(form.action, { ...form.fields, [decision]: 'yes' });
}

describe('device authorization grant (RFC 8628)', () => {
  it('hands out an XXXX-XXXX user code, the /activate URI, a 15 minute expiry and the poll interval', async () => {
    const response = await client.initiateDeviceAuthorization(tv, { scope: SCOPE });

    expect(response.user_code).toMatch(USER_CODE);
    expect(response.device_code.length).toBeGreaterThanOrEqual(43);
    expect(response.verification_uri).toBe(`${server.origin}/activate`);
    expect(response.verification_uri_complete).toBe(`${server.origin}/activate?user_code=${response.user_code}`);
    expect(response.expires_in).toBe(900);
    expect(response.interval).toBe(1);
  });

  it('answers authorization_pending, then slow_down to a device polling faster than the interval', async () => {
    const { device_code } = await client.initiateDeviceAuthorization(tv, { scope: SCOPE });

    expect(await poll(tv, device_code)).toMatchObject({ status: 400, body: { error: 'authorization_pending' } });
    expect(await poll(tv, device_code)).toMatchObject({ status: 400, body: { error: 'slow_down' } });
    // The interval grew by 5 s (RFC 8628 §3.5), so waiting the old interval is still too fast.
    await sleep(1_100);
    expect(await poll(tv, device_code)).toMatchObject({ status: 400, body: { error: 'slow_down' } });
  });

  it('issues tokens on the next poll once the signed-in user approves on /activate', async () => {
    const response = await client.initiateDeviceAuthorization(tv, { scope: SCOPE });
    const browser = new Browser(server.origin);

    // Typed the way people type: lower case, no dash.
    const confirm = await enterCode(browser, response.verification_uri, response.user_code.replace('-', '').toLowerCase());
    expect(confirm.html).toContain(response.user_code);
    expect(confirm.html).toContain('Media Gateway TV');
    const login = await decide(browser, confirm, 'confirm');
    expect(login.url.pathname).toMatch(/^\/oidc\/interaction\//);
    const form = readForm(login.html);
    const done = await browser.navigate(form.action, { ...form.fields, email: ALICE.email, password: ALICE.password });
    expect(done.html).toContain('Device connected');

    const tokens = await client.pollDeviceAuthorizationGrant(tv, response);
    const { payload } = await jwtVerify(tokens.access_token, createRemoteJWKSet(new URL(tv.serverMetadata().jwks_uri!)), {
      issuer: server.issuer,
      audience: RESOURCE,
    });
    expect(payload).toMatchObject({ sub: accounts.byEmail(ALICE.email).id, client_id: 'tv', user_role: 'free', scope: 'read:content write:playback' });
    expect(tokens.refresh_token).toEqual(expect.any(String));
    // The device code is single use.
    expect(await poll(tv, response.device_code)).toMatchObject({ status: 400, body: { error: 'invalid_grant' } });
  });

  it('pre-fills the code from verification_uri_complete (the QR code) and skips login for a signed-in user', async () => {
    const browser = new Browser(server.origin);
    const first = await client.initiateDeviceAuthorization(tv, { scope: SCOPE });
    const login = await decide(browser, await enterCode(browser, first.verification_uri, first.user_code), 'confirm');
    const form = readForm(login.html);
    await browser.navigate(form.action, { ...form.fields, email: ALICE.email, password: ALICE.password });

    const second = await client.initiateDeviceAuthorization(tv, { scope: SCOPE });
    const page = await browser.navigate(second.verification_uri_complete!);
    expect(page.html).toContain(`value="${second.user_code}"`);
    expect(page.html).not.toMatch(/<script|\son\w+=/i);
    const prefilled = readForm(page.html);
    const confirm = await browser.navigate(prefilled.action, { ...prefilled.fields, user_code: second.user_code });
    const done = await decide(browser, confirm, 'confirm');

    expect(done.html).toContain('Device connected');
    await expect(client.pollDeviceAuthorizationGrant(tv, second)).resolves.toMatchObject({ token_type: expect.any(String) });
  });

  it('answers access_denied when the user denies', async () => {
    const response = await client.initiateDeviceAuthorization(tv, { scope: SCOPE });
    const browser = new Browser(server.origin);

    const denied = await decide(browser, await enterCode(browser, response.verification_uri, response.user_code), 'abort');

    expect(denied.html).toContain('You denied the request.');
    await expect(client.pollDeviceAuthorizationGrant(tv, response)).rejects.toMatchObject({ error: 'access_denied' });
  });

  it('shows a generic message for an unknown code', async () => {
    const browser = new Browser(server.origin);

    const page = await enterCode(browser, `${server.origin}/activate`, 'BBBB-BBBB');

    expect(page.html).toContain('That code is not valid or has expired.');
  });

  it('answers expired_token once the device code has expired', async () => {
    const shortLived = await startAuthServer(database, accounts, { ttl: { DeviceCode: 1 } });
    try {
      const config = await shortLived.discover('tv');
      const response = await client.initiateDeviceAuthorization(config, { scope: SCOPE });
      expect(response.expires_in).toBe(1);
      await sleep(2_100);

      expect(await poll(config, response.device_code)).toMatchObject({ status: 400, body: { error: 'expired_token' } });
      const page = await enterCode(new Browser(shortLived.origin), response.verification_uri, response.user_code);
      expect(page.html).toContain('That code is not valid or has expired.');
    } finally {
      await shortLived.close();
    }
  });
});
