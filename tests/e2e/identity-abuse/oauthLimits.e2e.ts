import * as client from 'openid-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestProduct, type TestProduct } from '../../support/startTestProduct.js';
import { Browser, readForm, type Navigation } from '../../../subgraphs/identity/tests/oauth/support/Browser.js';
import { authorize, pkceRequest } from '../../../subgraphs/identity/tests/oauth/support/authorize.js';

// The OAuth server's per-endpoint caps (§6) as `npm start` serves them: no wiring, counters in the process. The
// router's GraphQL rate limiter is off in tests (RATE_LIMIT_ENABLED=false); these caps are not governed by it.
// A product of its own, so the sign-ins of other scenarios never share these counters.
const REDIRECT = 'https://app.example.test/callback';
const DEVICE_GRANT = 'urn:ietf:params:oauth:grant-type:device_code';
const grace = { email: 'grace@example.test', password: 'Correct-Horse-7' };
let product: TestProduct;
let web: client.Configuration;
let tv: client.Configuration;

interface Answer {
  status: number;
  headers: Headers;
  body: Record<string, unknown>;
}

async function token(fields: Record<string, string>): Promise<Answer> {
  const response = await fetch(`${product.url}/oidc/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields),
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as Record<string, unknown> };
}

const poll = (deviceCode: string) => token({ grant_type: DEVICE_GRANT, device_code: deviceCode, client_id: 'tv' });

/** Opens /activate in `browser` and posts `fields` with the page's form token, as the code entry form does. */
async function submitCode(browser: Browser, fields: Record<string, string>): Promise<Navigation> {
  const form = readForm((await browser.navigate('/activate')).html);
  return browser.navigate(form.action, { ...form.fields, ...fields });
}

beforeAll(async () => {
  product = await startTestProduct({ OAUTH_WEB_REDIRECT_URIS: REDIRECT });
  const discover = (clientId: string) =>
    client.discovery(new URL(`${product.url}/oidc`), clientId, undefined, client.None(), { execute: [client.allowInsecureRequests] });
  web = await discover('web');
  tv = await discover('tv');
  const { body } = await product.graphql('mutation ($input: RegisterInput!) { register(input: $input) { accepted } }', {
    input: { ...grace, displayName: 'Grace' },
  });
  expect(body).toEqual({ data: { register: { accepted: true } } });
});

afterAll(async () => product?.close());

describe('device-code guessing on /activate', () => {
  it('connects a device with the right code uncounted, then refuses the 6th submission after 5 wrong ones with 429', async () => {
    const browser = new Browser(product.url);
    await authorize(browser, await pkceRequest(web, REDIRECT, 'openid'), grace);

    // A real connection first: code entry plus confirmation, two posts that do not count.
    const connected = await client.initiateDeviceAuthorization(tv, { scope: 'openid read:content' });
    const confirm = await submitCode(browser, { user_code: connected.user_code });
    expect(confirm.html).toContain('Media Gateway TV');
    const approve = readForm(confirm.html);
    expect((await browser.navigate(approve.action, { ...approve.fields, confirm: 'yes' })).html).toContain('Device connected');
    const tokens = await poll(connected.device_code);
    expect(tokens.status).toBe(200);
    const me = await product.post(JSON.stringify({ query: '{ me { email } }' }), { authorization: `Bearer ${String(tokens.body.access_token)}` });
    expect(await me.json()).toEqual({ data: { me: { email: grace.email } } });

    // Now someone guesses codes for a device they do not hold.
    const target = await client.initiateDeviceAuthorization(tv, { scope: 'openid read:content' });
    for (const guess of ['BCDF-GHJK', 'LMNP-QRST', 'VWXZ-BCDF', 'GHJK-LMNP', 'QRST-VWXZ']) {
      const wrong = await submitCode(browser, { user_code: guess === target.user_code ? 'BBBB-BBBB' : guess });
      expect(wrong.status).toBe(200);
      expect(wrong.html).toContain('That code is not valid or has expired. Check the code on your device and try again.');
    }

    // The 6th submission is refused even though it is the right code: it never reaches the provider.
    const refused = await submitCode(browser, { user_code: target.user_code });

    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(refused.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(refused.html).toContain('<h1>Too many attempts</h1>');
    expect(refused.html).toContain(`Too many codes were entered from your network. Wait ${retryAfter} seconds, then enter the code shown on your device again.`);
    expect(await poll(target.device_code)).toMatchObject({ status: 400, body: { error: 'authorization_pending' } });
  });
});

describe('token endpoint cap (§6: /token 10 a minute per client)', () => {
  it('refuses the 11th token request a minute from one client and address with 429 and Retry-After, and only that client', async () => {
    const bogus = { grant_type: 'refresh_token', refresh_token: 'not-a-refresh-token', client_id: 'cli' };
    for (let i = 0; i < 10; i += 1) expect(await token(bogus)).toMatchObject({ status: 400, body: { error: 'invalid_grant' } });

    const refused = await token(bogus);

    expect(refused.status).toBe(429);
    const retryAfter = refused.headers.get('retry-after');
    expect(Number(retryAfter)).toBeGreaterThanOrEqual(1);
    expect(Number(retryAfter)).toBeLessThanOrEqual(60);
    expect(refused.headers.get('x-ratelimit-limit')).toBe('10');
    expect(refused.body).toEqual({ error: 'invalid_request', error_description: `too many token requests from this client; retry after ${retryAfter} seconds` });

    // Other clients from the same address are counted on their own: the web app still signs people in.
    const request = await pkceRequest(web, REDIRECT, 'openid');
    const callback = await authorize(new Browser(product.url), request, grace);
    await expect(client.authorizationCodeGrant(web, callback, { pkceCodeVerifier: request.verifier, expectedState: request.state })).resolves.toMatchObject({
      access_token: expect.any(String),
    });
  });
});
