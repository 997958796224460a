import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createIdentityHarness, firstError, type IdentityHarness, type SeededUser } from './support/identityHarness.js';

let h: IdentityHarness;
let alice: SeededUser;
let bob: SeededUser;
let admin: SeededUser;

const CREATE = /* GraphQL */ `
  mutation ($input: CreateApiKeyInput!) {
    createApiKey(input: $input) {
      key
      apiKey {
        id
        name
        maskedKey
        scopes
        rateLimitPerMinute
        expiresAt
        revokedAt
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
const LIST = /* GraphQL */ `
  {
    me {
      apiKeys {
        id
        maskedKey
        lastUsedAt
        revokedAt
      }
    }
  }
`;

interface Created {
  createApiKey: { key: string; apiKey: { id: string; name: string; maskedKey: string; scopes: string[]; rateLimitPerMinute: number; expiresAt: string | null } };
}

beforeAll(async () => {
  h = await createIdentityHarness();
  alice = await h.seedUser({ email: 'alice@example.test' });
  bob = await h.seedUser({ email: 'bob@example.test' });
  admin = await h.seedUser({ email: 'admin@example.test', role: 'admin' });
});

afterAll(async () => {
  await h?.dispose();
});

describe('API keys', () => {
  it('create → lookupApiKey works → revoke → lookup is null', async () => {
    const { createApiKey } = await h.data<Created>(h.asUser(alice), CREATE, {
      input: { name: ' CLI ', scopes: ['read:content', 'write:progress', 'read:content'], expiresInDays: 30 },
    });
    expect(createApiKey.key).toMatch(/^mg_live_[A-Za-z0-9]{32}$/);
    expect(createApiKey.apiKey).toMatchObject({
      name: 'CLI',
      maskedKey: `${createApiKey.key.slice(0, 12)}…`,
      scopes: ['read:content', 'write:progress'],
      rateLimitPerMinute: 60,
      expiresAt: '2026-07-01T12:00:00.000Z',
    });
    const stored = await h.db.prisma.apiKey.findUniqueOrThrow({ where: { id: createApiKey.apiKey.id } });
    expect(JSON.stringify(stored)).not.toContain(createApiKey.key);

    expect(await h.service.lookupApiKey(createApiKey.key)).toEqual({
      userId: alice.id,
      apiKeyId: createApiKey.apiKey.id,
      role: 'free',
      scopes: ['read:content', 'write:playback'],
      rateLimitPerMinute: 60,
      expiresAt: new Date('2026-07-01T12:00:00.000Z'),
    });
    const listed = await h.data<{ me: { apiKeys: Array<{ id: string; lastUsedAt: string | null }> } }>(h.asUser(alice), LIST);
    expect(listed.me.apiKeys).toEqual([{ id: createApiKey.apiKey.id, maskedKey: createApiKey.apiKey.maskedKey, lastUsedAt: h.clock.now.toISOString(), revokedAt: null }]);

    expect(await h.data(h.asUser(alice), REVOKE, { id: createApiKey.apiKey.id })).toEqual({
      revokeApiKey: { id: createApiKey.apiKey.id, revokedAt: h.clock.now.toISOString() },
    });
    expect(await h.service.lookupApiKey(createApiKey.key)).toBeNull();
  });

  it('never throws for keys that are not ours', async () => {
    expect(await h.service.lookupApiKey('')).toBeNull();
    expect(await h.service.lookupApiKey('mg_live_' + 'A'.repeat(32))).toBeNull();
    expect(await h.service.lookupApiKey('Bearer whatever')).toBeNull();
  });

  it('writes lastUsedAt at most once a minute, and refuses expired keys', async () => {
    const { createApiKey } = await h.data<Created>(h.asUser(alice), CREATE, { input: { name: 'short', scopes: ['read:content'], expiresInDays: 1 } });
    const lastUsed = async () => (await h.db.prisma.apiKey.findUniqueOrThrow({ where: { id: createApiKey.apiKey.id } })).lastUsedAt;
    const start = h.clock.now;
    await h.service.lookupApiKey(createApiKey.key);
    h.clock.now = new Date(start.getTime() + 30_000);
    await h.service.lookupApiKey(createApiKey.key);
    expect(await lastUsed()).toEqual(start);
    h.clock.now = new Date(start.getTime() + 61_000);
    await h.service.lookupApiKey(createApiKey.key);
    expect(await lastUsed()).toEqual(h.clock.now);
    h.clock.now = new Date(start.getTime() + 24 * 60 * 60 * 1000);
    expect(await h.service.lookupApiKey(createApiKey.key)).toBeNull();
    h.clock.now = start;
  });

  it('gives admin:full only to admins, and it stands for every admin scope', async () => {
    const refused = await h.run(h.asUser(alice), CREATE, { input: { name: 'root', scopes: ['admin:full', 'explorer'] } });
    expect(firstError(refused)).toMatchObject({ code: 'FORBIDDEN', message: 'A free account cannot give an API key the scopes admin:full, explorer.' });

    const { createApiKey } = await h.data<Created>(h.asUser(admin), CREATE, { input: { name: 'ops', scopes: ['admin:full'] } });
    const found = await h.service.lookupApiKey(createApiKey.key);
    expect(found).toMatchObject({ userId: admin.id, role: 'admin' });
    expect(found?.scopes).toContain('admin:users');
  });

  it('reports bad input with every problem', async () => {
    const result = await h.run(h.asUser(alice), CREATE, { input: { name: '', scopes: ['fly'], expiresInDays: 0, rateLimitPerMinute: 0 } });
    expect(firstError(result)).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(firstError(result)?.extensions.problems).toEqual([
      'name must be 1 to 100 characters, got 0',
      'scopes has unknown scopes: fly',
      'expiresInDays must be a whole number from 1 to 365, or null for no expiry, got 0',
      'rateLimitPerMinute must be a whole number from 1 to 10000, got 0',
    ]);
  });

  it("keeps user B away from user A's keys: NOT_FOUND, and absent from B's listing", async () => {
    const { createApiKey } = await h.data<Created>(h.asUser(alice), CREATE, { input: { name: 'mine', scopes: ['read:content'] } });
    const result = await h.run(h.asUser(bob), REVOKE, { id: createApiKey.apiKey.id });
    expect(firstError(result)).toMatchObject({ code: 'NOT_FOUND', message: `No API key "${createApiKey.apiKey.id}".` });
    expect(firstError(await h.run(h.asUser(bob), REVOKE, { id: 'nonsense' }))).toMatchObject({ code: 'NOT_FOUND' });
    expect(await h.data(h.asUser(bob), LIST)).toEqual({ me: { apiKeys: [] } });
    expect(await h.service.lookupApiKey(createApiKey.key)).not.toBeNull();
  });

  it('cannot be managed with an API key', async () => {
    const asKey = { kind: 'api_key' as const, userId: alice.id, apiKeyId: 'k', role: 'free' as const, scopes: ['read:content'] };
    expect(firstError(await h.run(asKey, CREATE, { input: { name: 'more', scopes: ['read:content'] } }))).toMatchObject({ code: 'FORBIDDEN' });
  });
});
