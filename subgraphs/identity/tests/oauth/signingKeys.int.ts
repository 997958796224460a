import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createPrismaClient, type DbClient } from '@media-gateway/db';
import { createTestDatabase, type TestDatabase } from '@media-gateway/testing';
import { SignJWT, createLocalJWKSet, importJWK, jwtVerify } from 'jose';
import { loadSigningKeys, providerJwks, publicJwks, rotateSigningKeys } from '../../src/oauth/signingKeys.js';

const DAY = 24 * 3600_000;
const t0 = new Date('2026-01-01T00:00:00Z');
const at = (ms: number) => new Date(t0.getTime() + ms);

let database: TestDatabase;
let db: DbClient;

beforeAll(async () => {
  database = await createTestDatabase();
  db = createPrismaClient({ connectionString: database.url, poolMax: database.poolMax });
});

afterAll(async () => {
  await db?.dispose();
  await database?.dispose();
});

beforeEach(async () => {
  await db.prisma.signingKey.deleteMany();
});

describe('rotateSigningKeys (fixed clock)', () => {
  it('creates the first RSA-2048 RS256 key on first start, and keeps it on the next', async () => {
    const first = await rotateSigningKeys(db.prisma, t0);
    const again = await rotateSigningKeys(db.prisma, at(DAY));

    expect(first.rotated).toBe(true);
    expect(first.keys).toHaveLength(1);
    const [key] = first.keys;
    expect(key).toMatchObject({ alg: 'RS256', activatesAt: t0, retiresAt: null, publicJwk: { kty: 'RSA', e: 'AQAB' } });
    expect(Buffer.from(key!.publicJwk.n!, 'base64url').length * 8).toBe(2048);
    expect(again).toEqual({ rotated: false, keys: first.keys });
  });

  it('rotates after 90 days and keeps the old key published for a 24 h overlap', async () => {
    const [original] = (await rotateSigningKeys(db.prisma, t0)).keys;
    expect((await rotateSigningKeys(db.prisma, at(90 * DAY - 1))).rotated).toBe(false);

    const rotation = await rotateSigningKeys(db.prisma, at(90 * DAY));

    expect(rotation.rotated).toBe(true);
    expect(rotation.keys.map((k) => k.kid)).toEqual([expect.not.stringMatching(original!.kid), original!.kid]);
    expect(rotation.keys[1]?.retiresAt).toEqual(at(91 * DAY));
    expect((await loadSigningKeys(db.prisma, at(91 * DAY - 1))).map((k) => k.kid)).toEqual(rotation.keys.map((k) => k.kid));
    expect((await loadSigningKeys(db.prisma, at(91 * DAY))).map((k) => k.kid)).toEqual([rotation.keys[0]?.kid]);
    // The overlap does not count as a second rotation: the new key is active for its own 90 days.
    expect((await rotateSigningKeys(db.prisma, at(91 * DAY))).rotated).toBe(false);
  });

  it('creates one key when replicas start at the same time', async () => {
    const results = await Promise.all([1, 2, 3].map(() => rotateSigningKeys(db.prisma, t0)));

    expect(results.filter((r) => r.rotated)).toHaveLength(1);
    expect(await db.prisma.signingKey.count()).toBe(1);
  });
});

describe('JWKS of the published keys', () => {
  it('gives the provider private keys, active first, and publishes only public parts', async () => {
    await rotateSigningKeys(db.prisma, t0);
    const { keys } = await rotateSigningKeys(db.prisma, at(90 * DAY));

    const forProvider = providerJwks(keys);
    const published = publicJwks(keys);

    expect(forProvider.keys.map((k) => k.kid)).toEqual(keys.map((k) => k.kid));
    expect(forProvider.keys.every((k) => typeof k.d === 'string' && k.use === 'sig' && k.alg === 'RS256')).toBe(true);
    expect(published.keys.every((k) => k.d === undefined && k.p === undefined && k.use === 'sig')).toBe(true);

    // What the active private key signs, the published set verifies.
    const signer = await importJWK(forProvider.keys[0]!, 'RS256');
    const jwt = await new SignJWT({}).setProtectedHeader({ alg: 'RS256', kid: forProvider.keys[0]!.kid! }).sign(signer);
    await expect(jwtVerify(jwt, createLocalJWKSet(published))).resolves.toBeDefined();
  });
});
