import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { apiKeyCacheKey, apiKeyHash } from '@media-gateway/auth';
import { MemoryCache } from '@media-gateway/cache';
import type { Logger } from '@media-gateway/runtime';
import { hashApiKey } from '../../src/apiKey/generateApiKey.js';
import type { IdentityContext } from '../../src/IdentityContext.js';
import { createIdentityHarness, firstError, type IdentityHarness, type SeededUser } from '../graphql/support/identityHarness.js';

// Revoking a key, or suspending its owner, must reach the router's API-key cache at once: the router keys it by
// `apiKeyCacheKey(apiKeyHash(key))`, and the identity service evicts from the hash it stored.
let h: IdentityHarness;
let admin: SeededUser;

const CREATE = /* GraphQL */ `
  mutation ($input: CreateApiKeyInput!) {
    createApiKey(input: $input) {
      key
      apiKey {
        id
      }
    }
  }
`;
const REVOKE = /* GraphQL */ `
  mutation ($id: ID!) {
    revokeApiKey(id: $id) {
      id
      revokedAt
    }
  }
`;
const SUSPEND = /* GraphQL */ `
  mutation ($id: ID!) {
    setUserStatus(id: $id, status: SUSPENDED) {
      status
    }
  }
`;

beforeAll(async () => {
  h = await createIdentityHarness();
  admin = await h.seedUser({ email: 'admin@example.test', role: 'admin' });
});
afterAll(async () => h?.dispose());

/** The router's side, as `cachedApiKeyLookup` fills it: one entry per key that has been used. */
async function routerCache(keys: string[]) {
  const cache = new MemoryCache();
  for (const key of keys) await cache.set(apiKeyCacheKey(apiKeyHash(key)), { found: { apiKeyId: key } }, 60);
  const cached = async (key: string) => (await cache.get(apiKeyCacheKey(apiKeyHash(key)))) !== undefined;
  return { cache, cached, evictor: { evict: (keyHash: string) => cache.delete(apiKeyCacheKey(keyHash)) } };
}

async function createKey(user: SeededUser, name: string): Promise<{ key: string; id: string }> {
  const data = await h.data<{ createApiKey: { key: string; apiKey: { id: string } } }>(h.asUser(user), CREATE, { input: { name, scopes: ['read:content'] } });
  return { key: data.createApiKey.key, id: data.createApiKey.apiKey.id };
}

async function contextWith(user: SeededUser, overrides: Partial<IdentityContext>): Promise<IdentityContext> {
  return { ...(await h.contextFor(h.asUser(user))), ...overrides };
}

describe('API-key cache eviction', () => {
  it('stores the same SHA-256 hex the router keys its cache by', async () => {
    const owner = await h.seedUser({ email: 'hash@example.test' });
    const { key } = await createKey(owner, 'hash');
    expect(hashApiKey(key)).toBe(apiKeyHash(key));
  });

  it('evicts exactly the revoked key when its owner revokes it', async () => {
    const owner = await h.seedUser({ email: 'owner@example.test' });
    const [revoked, kept] = [await createKey(owner, 'ci'), await createKey(owner, 'laptop')];
    const { cached, evictor } = await routerCache([revoked.key, kept.key]);

    const result = await h.run(await contextWith(owner, { apiKeyCache: evictor }), REVOKE, { id: revoked.id });
    expect(result.errors).toBeUndefined();
    expect(await cached(revoked.key)).toBe(false);
    expect(await cached(kept.key)).toBe(true);
  });

  it('still revokes when eviction fails, logs it, and retries it when the key is revoked again', async () => {
    const owner = await h.seedUser({ email: 'flaky@example.test' });
    const { key, id } = await createKey(owner, 'flaky');
    const { cached, evictor } = await routerCache([key]);
    const logger = { error: vi.fn() } as unknown as Logger;
    const failing = { evict: async () => Promise.reject(new Error('redis down')) };

    const first = await h.run(await contextWith(owner, { apiKeyCache: failing, logger }), REVOKE, { id });
    expect(firstError(first)).toBeUndefined();
    expect(first.data).toEqual({ revokeApiKey: { id, revokedAt: h.clock.now.toISOString() } });
    expect(logger.error).toHaveBeenCalledWith(
      { err: new Error('redis down'), apiKeyId: id },
      'evicting an API key from the router cache failed; it works until the entry expires',
    );
    expect(await cached(key)).toBe(true);

    await h.run(await contextWith(owner, { apiKeyCache: evictor }), REVOKE, { id });
    expect(await cached(key)).toBe(false);
  });

  it("evicts every live key of a user an admin suspends, and nobody else's", async () => {
    const [suspended, bystander] = [await h.seedUser({ email: 'suspended@example.test' }), await h.seedUser({ email: 'bystander@example.test' })];
    const [first, second, other] = [await createKey(suspended, 'one'), await createKey(suspended, 'two'), await createKey(bystander, 'other')];
    const { cached, evictor } = await routerCache([first.key, second.key, other.key]);

    const result = await h.run(await contextWith(admin, { apiKeyCache: evictor }), SUSPEND, { id: suspended.id });
    expect(result.data).toEqual({ setUserStatus: { status: 'SUSPENDED' } });
    expect([await cached(first.key), await cached(second.key), await cached(other.key)]).toEqual([false, false, true]);
  });
});
