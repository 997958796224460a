import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { buildArwManifest } from '../../src/arw/buildArwManifest.js';
import { ARW_MANIFEST_PATH, registerArwManifest } from '../../src/arw/registerArwManifest.js';
import { SEARCH, schema } from './fixtureOperations.js';

describe('registerArwManifest', () => {
  it('serves the manifest as public JSON with an ETag, and 304 while it is unchanged', async () => {
    const app = Fastify();
    const manifest = buildArwManifest({ operations: [SEARCH], schema, publicUrl: 'http://localhost:4000', graphqlPath: '/graphql', safelist: 'off' });
    registerArwManifest(app, manifest);
    const first = await app.inject({ method: 'GET', url: ARW_MANIFEST_PATH });
    expect(first.statusCode).toBe(200);
    expect(first.headers).toMatchObject({ 'content-type': 'application/json; charset=utf-8', 'access-control-allow-origin': '*', 'cache-control': 'public, max-age=300' });
    expect(first.json()).toEqual(manifest);
    const again = await app.inject({ method: 'GET', url: ARW_MANIFEST_PATH, headers: { 'if-none-match': String(first.headers.etag) } });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    const logo = await app.inject({ method: 'GET', url: '/logo.svg' });
    expect(logo.headers['content-type']).toBe('image/svg+xml');
    expect(logo.body).toMatch(/^<svg /);
    await app.close();
  });
});
