import { createServer, request as httpRequest, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { text } from 'node:stream/consumers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PEEK_LIMIT_BYTES, peekFormBody } from '../../../src/oauth/limits/peekFormBody.js';

// A real HTTP server: what matters is how a Node IncomingMessage behaves once read ahead, so no stand-in stream.
// Each request is peeked, then read to the end the way oidc-provider reads it (async iteration), and both are
// reported back.
let server: Server;
let origin: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    void (async () => {
      const peeked = await peekFormBody(req);
      const rest = await readLikeTheProvider(req);
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ peeked: peeked ?? null, rest }));
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

/** oidc-provider's `selective_body.js`: only a readable stream is read, with `iterator({ destroyOnReturn: false })`. */
async function readLikeTheProvider(req: IncomingMessage): Promise<string | null> {
  if (!req.readable) return null;
  const chunks: Buffer[] = [];
  for await (const chunk of req.iterator({ destroyOnReturn: false })) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

async function post(body: string | Buffer, headers: Record<string, string>): Promise<{ peeked: Record<string, unknown> | null; rest: string | null }> {
  const response = await fetch(origin, { method: 'POST', headers, body });
  return (await response.json()) as never;
}

/** Sends the body in pieces, with pauses, so the peek has to wait for more than one chunk. */
function postInPieces(pieces: string[], headers: Record<string, string>): Promise<{ peeked: Record<string, unknown> | null; rest: string | null }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(origin, { method: 'POST', headers }, (res) => {
      text(res).then((body) => resolve(JSON.parse(body) as never), reject);
    });
    req.on('error', reject);
    const send = (i: number) => {
      if (i === pieces.length) return void req.end();
      req.write(pieces[i]);
      setTimeout(() => send(i + 1), 20);
    };
    send(0);
  });
}

const FORM = 'application/x-www-form-urlencoded';

describe('peekFormBody', () => {
  it('parses the form and leaves every byte for the provider to read', async () => {
    const body = 'grant_type=refresh_token&client_id=web&refresh_token=abc%2Bdef+ghi';

    expect(await post(body, { 'content-type': FORM })).toEqual({
      peeked: { grant_type: 'refresh_token', client_id: 'web', refresh_token: 'abc+def ghi' },
      rest: body,
    });
  });

  it('waits for a body that arrives in several chunks, and still hands all of it on', async () => {
    const pieces = ['grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Adevice_code', '&device_code=', 'x'.repeat(64), '&client_id=tv'];
    const length = String(Buffer.byteLength(pieces.join('')));

    expect(await postInPieces(pieces, { 'content-type': FORM, 'content-length': length })).toEqual({
      peeked: { grant_type: 'urn:ietf:params:oauth:grant-type:device_code', device_code: 'x'.repeat(64), client_id: 'tv' },
      rest: pieces.join(''),
    });
  });

  it('decodes with the charset parameter, as the provider does', async () => {
    const body = Buffer.from('user_code=bcdf-ghjk&name=Ren%C3%A9', 'utf16le');

    const result = await post(body, { 'content-type': `${FORM}; charset=UTF-16LE` });

    expect(result.peeked).toEqual({ user_code: 'bcdf-ghjk', name: 'René' });
    expect(result.rest).toBe(body.toString('utf8'));
  });

  it('keeps repeated fields as arrays (the provider refuses them)', async () => {
    expect((await post('user_code=A&user_code=B', { 'content-type': FORM })).peeked).toEqual({ user_code: ['A', 'B'] });
  });

  it('does not read what it cannot key on: other types, bodies without a length, oversized bodies', async () => {
    const json = '{"client_id":"web"}';
    const big = `client_id=web&pad=${'x'.repeat(PEEK_LIMIT_BYTES)}`;
    const chunked = ['client_id=web', '&grant_type=refresh_token'];

    expect(await post(json, { 'content-type': 'application/json' })).toEqual({ peeked: null, rest: json });
    expect(await post(big, { 'content-type': FORM })).toEqual({ peeked: null, rest: big });
    expect(await postInPieces(chunked, { 'content-type': FORM, 'transfer-encoding': 'chunked' })).toEqual({ peeked: null, rest: chunked.join('') });
  });

  it('answers an empty form with no fields', async () => {
    expect(await post('', { 'content-type': FORM })).toEqual({ peeked: {}, rest: '' });
  });
});
