import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as client from 'openid-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestProduct, type TestProduct } from '../../support/startTestProduct.js';
import { Browser, readForm } from '../../../subgraphs/identity/tests/oauth/support/Browser.js';
import { authorize, pkceRequest } from '../../../subgraphs/identity/tests/oauth/support/authorize.js';

// The `media-gateway` command as a user runs it: the real bin in a subprocess (from a directory outside the repo),
// with a config directory of its own and `--url` pointing at one product. Its stdout is a pipe, so it answers in
// JSON. The scenario runs in order: sign in with the device grant (the test approves the code in a browser as the
// user would), use the catalogue and the library, sign out.
const BIN = fileURLToPath(new URL('../../../clients/cli/bin/media-gateway.mjs', import.meta.url));
const REDIRECT = 'https://app.example.test/callback';
const ada = { email: 'ada.cli@example.test', password: 'Correct-Horse-7' };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

let product: TestProduct;
let configDir: string;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  json<T = Record<string, unknown>>(): T;
}

/** Starts `media-gateway --url <product> …args`; `onStderr` sees stderr as it arrives (for the sign-in code). */
function start(args: string[], onStderr?: (soFar: string) => void): Promise<Run> {
  const child = spawn(process.execPath, [BIN, '--url', product.url, ...args], {
    cwd: tmpdir(),
    env: { ...process.env, MEDIA_GATEWAY_CONFIG_DIR: configDir, MEDIA_GATEWAY_URL: '', MEDIA_GATEWAY_PROFILE: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
    onStderr?.(stderr);
  });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr, json: <T>() => JSON.parse(stdout) as T }));
  });
}

const cli = (...args: string[]) => start(args);

beforeAll(async () => {
  product = await startTestProduct({ OAUTH_WEB_REDIRECT_URIS: REDIRECT });
  configDir = mkdtempSync(join(tmpdir(), 'mg-cli-e2e-'));
  const { body } = await product.graphql('mutation ($input: RegisterInput!) { register(input: $input) { accepted } }', {
    input: { ...ada, displayName: 'Ada' },
  });
  expect(body).toEqual({ data: { register: { accepted: true } } });
});

afterAll(async () => {
  await product?.close();
  if (configDir) rmSync(configDir, { recursive: true, force: true });
});

describe('media-gateway against a running product', () => {
  let titleId = '';
  let titleName = '';

  it('signs in with the device grant: prints a code, exits 0 once the user approves it in a browser', async () => {
    let announce: (code: string) => void = () => {};
    const shown = new Promise<string>((resolve) => (announce = resolve));
    const login = start(['auth', 'login'], (stderr) => {
      const code = /^ {4}(\S+)$/m.exec(stderr)?.[1];
      if (code) announce(code);
    });
    const userCode = await Promise.race([shown, login.then((run) => Promise.reject(new Error(`login exited ${run.code} before showing a code:\n${run.stderr}`)))]);

    // The user, signed in to the web app in their browser, enters the code on /activate and confirms.
    const browser = new Browser(product.url);
    const web = await client.discovery(new URL(`${product.url}/oidc`), 'web', undefined, client.None(), { execute: [client.allowInsecureRequests] });
    await authorize(browser, await pkceRequest(web, REDIRECT, 'openid'), ada);
    const entry = readForm((await browser.navigate('/activate')).html);
    const confirm = await browser.navigate(entry.action, { ...entry.fields, user_code: userCode });
    expect(confirm.html).toContain('Media Gateway CLI');
    const approve = readForm(confirm.html);
    expect((await browser.navigate(approve.action, { ...approve.fields, confirm: 'yes' })).html).toContain('Device connected');

    const run = await login;
    expect(run.stderr).toContain(`To sign in, open ${product.url}/activate in a browser and enter the code:`);
    expect(run.code).toBe(0);
    expect(run.json()).toMatchObject({ signedIn: true, profileName: 'default', url: product.url, user: { email: ada.email, displayName: 'Ada' } });
    // Tokens live beside the config, readable by the owner only (no keyring on a headless box).
    expect(statSync(join(configDir, 'credentials.json')).mode & 0o777).toBe(0o600);
  });

  it('reports the sign-in, and hands out a token the API accepts', async () => {
    const status = await cli('auth', 'status', '--json');
    expect(status.code).toBe(0);
    expect(status.json()).toMatchObject({ signedIn: true, user: { email: ada.email }, scope: expect.stringContaining('write:watchlist') });

    const token = await cli('auth', 'token', '--json');
    expect(token.code).toBe(0);
    const me = await product.post(JSON.stringify({ query: '{ me { email } }' }), { authorization: `Bearer ${token.json<{ accessToken: string }>().accessToken}` });
    expect(await me.json()).toEqual({ data: { me: { email: ada.email } } });
  });

  it('recommends for the signed-in profile, and says the list is not personal without the consent', async () => {
    const run = await cli('recommend', '--json', '--limit', '5');
    expect(run.code, run.stderr).toBe(0);
    const list = run.json<{ personalized: boolean; items: Array<{ title: { id: string }; explanation: string }> }>();
    expect(list.personalized).toBe(false);
    expect(list.items.length).toBeGreaterThan(0);
    expect(list.items.length).toBeLessThanOrEqual(5);
    for (const item of list.items) expect(item.explanation).not.toBe('');
  });

  it('searches in plain words: `search "space adventure" --limit 3` answers 3 hits', async () => {
    const run = await cli('search', 'space adventure', '--json', '--limit', '3');
    expect(run.code, run.stderr).toBe(0);
    const { hits } = run.json<{ hits: Array<{ title: { id: string; name: string } }> }>();
    expect(hits).toHaveLength(3);
    for (const hit of hits) expect(hit.title.id).toMatch(UUID);
    titleId = hits[0]!.title.id;
    titleName = hits[0]!.title.name;
  });

  it('shows a title with `info`, and exits 4 for an id the catalogue does not have', async () => {
    const run = await cli('info', titleId, '--json', '--availability');
    expect(run.code, run.stderr).toBe(0);
    expect(run.json()).toMatchObject({ id: titleId, name: titleName, availability: expect.any(Array) });
    expect(run.json()).not.toHaveProperty('similar');

    const missing = await cli('info', '00000000-0000-4000-8000-00000000dead');
    expect(missing.code).toBe(4);
    expect(JSON.parse(missing.stderr)).toEqual({ error: { code: 'NOT_FOUND', message: 'no title with id 00000000-0000-4000-8000-00000000dead', exitCode: 4 } });
  });

  it('adds to the watchlist through the offline sync engine, registering this CLI as a device once', async () => {
    const added = await cli('watchlist', 'add', titleId);
    expect(added.code, added.stderr).toBe(0);
    const change = added.json<{ deviceId: string; synced: boolean; pending: number; changed: string[] }>();
    expect(change).toMatchObject({ synced: true, pending: 0, changed: [titleId] });

    const list = await cli('watchlist', 'list', '--json');
    expect(list.code, list.stderr).toBe(0);
    expect(list.json<{ watchlist: Array<{ title: { id: string } }> }>().watchlist.map((entry) => entry.title.id)).toContain(titleId);

    const devices = await cli('devices', 'list', '--json');
    expect(devices.code, devices.stderr).toBe(0);
    const cliDevices = devices.json<Array<{ id: string; type: string }>>().filter((device) => device.type === 'CLI');
    expect(cliDevices.map((device) => device.id)).toEqual([change.deviceId]);
    expect((await cli('config', 'get', 'device')).json()).toEqual({ key: 'device', value: change.deviceId });

    // A second change reuses the remembered device instead of registering another.
    const removed = await cli('watchlist', 'remove', titleId);
    expect(removed.code, removed.stderr).toBe(0);
    expect(removed.json()).toMatchObject({ deviceId: change.deviceId, synced: true });
    const after = await cli('watchlist', 'list');
    expect(after.json<{ watchlist: unknown[] }>().watchlist).toEqual([]);
  });

  it('exits 2 on a usage error, without contacting anyone', async () => {
    const run = await cli('search', 'space', '--year', 'nineties');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("error: option '--year <year>' argument 'nineties' is invalid.");
  });

  it('signs out: afterwards commands that need a user exit 3', async () => {
    const logout = await cli('auth', 'logout');
    expect(logout.code, logout.stderr).toBe(0);
    expect(logout.json()).toEqual({ signedIn: false, profileName: 'default', url: product.url });

    const devices = await cli('devices', 'list', '--json');
    expect(devices.code).toBe(3);
    expect(JSON.parse(devices.stderr).error).toMatchObject({ code: 'NOT_AUTHENTICATED', exitCode: 3 });
    expect((await cli('auth', 'status')).code).toBe(3);
  });
});
