import { createHash } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testRedisUrl } from '@media-gateway/testing';
import { startTestProduct, type TestProduct } from '../../support/startTestProduct.js';

// Automatic persisted queries through the router: a client sends a hash, the router answers from its cache, which
// is Redis (shared by router replicas) when the test run has one.
let product: TestProduct;
beforeAll(async () => {
  product = await startTestProduct();
});
afterAll(async () => product?.close());

const query = `query PlatformsIn($region: String) { platforms(region: $region) { id } } # ${Date.now()}`;
const sha256Hash = createHash('sha256').update(query).digest('hex');
const extensions = { persistedQuery: { version: 1, sha256Hash } };

describe('automatic persisted queries', () => {
  it('asks for the query once, then serves the hash alone', async () => {
    const first = await product.post(JSON.stringify({ extensions, variables: { region: 'GB' } }));
    expect(((await first.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]!.extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');

    const register = await product.post(JSON.stringify({ query, extensions, variables: { region: 'GB' } }));
    const registered = (await register.json()) as { data: { platforms: Array<{ id: string }> } };
    expect(registered.data.platforms.map((p) => p.id)).toContain('bbc_iplayer');

    const byHash = await product.post(JSON.stringify({ extensions, variables: { region: 'CA' } }));
    const answered = (await byHash.json()) as { data: { platforms: Array<{ id: string }> } };
    expect(answered.data.platforms.map((p) => p.id)).toContain('crave');
  });

  it('rejects a query whose hash does not match', async () => {
    const response = await product.post(JSON.stringify({ query: '{ genres { genre } }', extensions }));
    expect(response.status).toBe(400);
    expect(((await response.json()) as { errors: Array<{ message: string }> }).errors[0]!.message).toBe('provided sha does not match query');
  });

  it.skipIf(!testRedisUrl())('keeps persisted queries in Redis, and reports Redis in health and readiness', async () => {
    const redis = new Redis(testRedisUrl()!);
    try {
      expect(await redis.get(`mg:router:apq:${sha256Hash}`)).toBe(JSON.stringify(query));
    } finally {
      redis.disconnect();
    }
    expect(await (await fetch(`${product.url}/health`)).json()).toMatchObject({ cache: 'redis' });
    const ready = (await (await fetch(`${product.url}/ready`)).json()) as { checks: Record<string, { ok: boolean }> };
    expect(ready.checks.redis?.ok).toBe(true);
  });
});
