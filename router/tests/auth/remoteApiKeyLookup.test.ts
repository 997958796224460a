import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { verifyIdentityAssertion } from '@media-gateway/auth';
import { remoteApiKeyLookup } from '../../src/auth/remoteApiKeyLookup.js';

// The endpoint itself is tested against the real identity server (subgraphs/identity/tests/server) and end to end
// (tests/e2e/distributed); here a scripted HTTP peer shows how the router reads every kind of answer.
const secret = 'test-assertion-secret-of-at-least-32-bytes!';
const KEY = 'mg_live_AbCdEfGhIjKlMnOpQrStUvWxYz012345';
const FOUND = { userId: 'user-1', apiKeyId: 'key-1', role: 'premium', scopes: ['read:content'], rateLimitPerMinute: 120 };

type Handler = (request: IncomingMessage, body: string, response: ServerResponse) => void;
let server: Server;
let url: string;
let handle: Handler;
const seen: Array<{ method?: string; url?: string; headers: IncomingMessage['headers']; body: string }> = [];
const logged: Array<{ details: object; message: string }> = [];
const logger = { error: (details: object, message: string) => void logged.push({ details, message }) };

const reply = (status: number, body: unknown): Handler => (_request, _body, response) => {
  response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
};

beforeAll(async () => {
  server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      seen.push({ method: request.method, url: request.url, headers: request.headers, body });
      handle(request, body, response);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
beforeEach(() => {
  seen.length = 0;
  logged.length = 0;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const lookup = (timeoutMs = 1000, at = url) => remoteApiKeyLookup({ url: at, assertionSecret: secret, timeoutMs, logger });

async function failureOf(promise: Promise<unknown>) {
  const error = (await promise.then(
    () => null,
    (e: unknown) => e,
  )) as { message: string; extensions: Record<string, unknown> } | null;
  expect(error).not.toBeNull();
  return { message: error!.message, extensions: error!.extensions };
}

describe('remoteApiKeyLookup', () => {
  it('posts the key in the body, as the router, and returns the identity', async () => {
    handle = reply(200, { ...FOUND, expiresAt: '2027-01-01T00:00:00.000Z' });
    expect(await lookup()(KEY)).toEqual({ ...FOUND, expiresAt: new Date('2027-01-01T00:00:00.000Z') });

    const [request] = seen;
    expect(request).toMatchObject({ method: 'POST', url: '/internal/api-keys/lookup' });
    expect(JSON.parse(request!.body)).toEqual({ key: KEY });
    expect(request!.url).not.toContain(KEY);
    const caller = await verifyIdentityAssertion(request!.headers['x-mg-identity'] as string, { secret });
    expect(caller).toEqual({ kind: 'service', clientId: 'router', scopes: [] });
  });

  it('keeps a key without expiry as never expiring', async () => {
    handle = reply(200, { ...FOUND, expiresAt: null });
    expect(await lookup()(KEY)).toEqual({ ...FOUND, expiresAt: null });
  });

  it('reads 404 as "no usable key"', async () => {
    handle = reply(404, { errors: [{ message: 'No usable API key has that value', extensions: { code: 'NOT_FOUND' } }] });
    expect(await lookup()(KEY)).toBeNull();
  });

  it('denies with a typed 503 when the identity service fails, refuses the router, or answers nonsense', async () => {
    for (const [status, body] of [
      [500, { errors: [{ message: 'Internal server error' }] }],
      [401, { errors: [{ message: 'Only the router may look up API keys' }] }],
      [200, { userId: 'user-1', role: 'emperor', scopes: [] }],
      [200, { ...FOUND, expiresAt: 'tomorrow' }],
    ] as const) {
      handle = reply(status, body);
      expect(await failureOf(lookup()(KEY))).toEqual({
        message: `The identity service failed (HTTP ${status}).`,
        extensions: { code: 'SUBGRAPH_ERROR', serviceName: 'identity', http: { status: 503 } },
      });
    }
    expect(logged).toHaveLength(4);
    expect(JSON.stringify(logged)).not.toContain(KEY);
  });

  it('gives up after the deadline', async () => {
    handle = () => undefined; // never answers
    const started = performance.now();
    expect(await failureOf(lookup(150)(KEY))).toEqual({
      message: 'The identity service did not answer in time.',
      extensions: { code: 'SUBGRAPH_TIMEOUT', serviceName: 'identity', http: { status: 503 } },
    });
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('denies when the identity service cannot be reached', async () => {
    const gone = createServer();
    await new Promise<void>((resolve) => gone.listen(0, '127.0.0.1', resolve));
    const port = (gone.address() as AddressInfo).port;
    await new Promise<void>((resolve) => gone.close(() => resolve()));
    expect(await failureOf(lookup(1000, `http://127.0.0.1:${port}`)(KEY))).toEqual({
      message: 'The identity service is unavailable.',
      extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'identity', http: { status: 503 } },
    });
    expect(JSON.stringify(logged)).not.toContain(KEY);
  });
});
