import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createPrismaClient, type DbClient } from '@media-gateway/db';
import { createTestDatabase, type TestDatabase } from '@media-gateway/testing';
import { errors } from 'oidc-provider';
import { PrismaOidcAdapter } from '../../src/store/PrismaOidcAdapter.js';
import { purgeExpiredOidcModels } from '../../src/store/purgeExpiredOidcModels.js';

let database: TestDatabase;
let db: DbClient;
let clock = Date.parse('2026-06-01T12:00:00Z');
const now = () => clock;
const adapter = (model: string) => new PrismaOidcAdapter(db.prisma, model, { now });

beforeAll(async () => {
  database = await createTestDatabase();
  db = createPrismaClient({ connectionString: database.url, poolMax: database.poolMax });
});

afterAll(async () => {
  await db?.dispose();
  await database?.dispose();
});

beforeEach(async () => {
  clock = Date.parse('2026-06-01T12:00:00Z');
  await db.prisma.oidcModel.deleteMany();
});

describe('PrismaOidcAdapter', () => {
  it('stores and finds a payload by id within its model', async () => {
    const sessions = adapter('Session');
    await sessions.upsert('s1', { jti: 's1', uid: 'u1', accountId: 'a1', exp: 1 }, 60);

    expect(await sessions.find('s1')).toEqual({ jti: 's1', uid: 'u1', accountId: 'a1', exp: 1 });
    expect(await adapter('Interaction').find('s1')).toBeUndefined();
    expect(await sessions.find('nope')).toBeUndefined();
  });

  it('replaces the payload on a second upsert', async () => {
    const grants = adapter('Grant');
    await grants.upsert('g1', { jti: 'g1', accountId: 'a1' }, 60);
    await grants.upsert('g1', { jti: 'g1', accountId: 'a1', scope: 'openid' }, 60);

    expect(await grants.find('g1')).toEqual({ jti: 'g1', accountId: 'a1', scope: 'openid' });
    expect(await db.prisma.oidcModel.count()).toBe(1);
  });

  it('does not find an expired row, and keeps rows without expiry', async () => {
    const interactions = adapter('Interaction');
    await interactions.upsert('i1', { jti: 'i1' }, 10);
    await interactions.upsert('i2', { jti: 'i2' });

    clock += 9_999;
    expect(await interactions.find('i1')).toBeDefined();
    clock += 1;
    expect(await interactions.find('i1')).toBeUndefined();
    expect(await interactions.find('i2')).toBeDefined();
  });

  it('keeps an expired device code findable for its retention, so polling can answer expired_token', async () => {
    const codes = adapter('DeviceCode');
    await codes.upsert('d1', { jti: 'd1', userCode: 'BCDFGHJK' }, 10);

    clock += 10_000 + 3_599_000;
    expect(await codes.find('d1')).toMatchObject({ jti: 'd1' });
    expect(await codes.findByUserCode('BCDFGHJK')).toMatchObject({ jti: 'd1' });
    clock += 1_000;
    expect(await codes.find('d1')).toBeUndefined();
    expect(await codes.findByUserCode('BCDFGHJK')).toBeUndefined();
  });

  it('finds device codes by user code and sessions by uid', async () => {
    await adapter('DeviceCode').upsert('d1', { jti: 'd1', userCode: 'BCDFGHJK', grantId: 'g1' }, 60);
    await adapter('Session').upsert('s1', { jti: 's1', uid: 'uid-1' }, 60);

    expect(await adapter('DeviceCode').findByUserCode('BCDFGHJK')).toMatchObject({ jti: 'd1' });
    expect(await adapter('DeviceCode').findByUserCode('XXXXXXXX')).toBeUndefined();
    expect(await adapter('Session').findByUid('uid-1')).toMatchObject({ jti: 's1' });
    expect(await adapter('Session').findByUid('uid-2')).toBeUndefined();
  });

  it('keeps bearer tokens only as a hash at rest', async () => {
    const tokens = adapter('RefreshToken');
    await tokens.upsert('secret-refresh-token', { jti: 'secret-refresh-token', grantId: 'g1' }, 60);

    const rows = await db.prisma.oidcModel.findMany();
    expect(JSON.stringify(rows)).not.toContain('secret-refresh-token');
    expect(await tokens.find('secret-refresh-token')).toEqual({ jti: 'secret-refresh-token', grantId: 'g1' });
  });

  it('marks a consumed artefact with the consumption time', async () => {
    const codes = adapter('AuthorizationCode');
    await codes.upsert('c1', { jti: 'c1', grantId: 'g1' }, 60);
    await codes.consume('c1');

    expect(await codes.find('c1')).toEqual({ jti: 'c1', grantId: 'g1', consumed: Math.floor(clock / 1000) });
  });

  it('lets only one of two consumers win and revokes the grant for the loser (token family)', async () => {
    const refresh = adapter('RefreshToken');
    await adapter('Grant').upsert('g1', { jti: 'g1' }, 60);
    await refresh.upsert('r1', { jti: 'r1', grantId: 'g1' }, 60);
    await adapter('AccessToken').upsert('a1', { jti: 'a1', grantId: 'g1' }, 60);
    await refresh.upsert('other', { jti: 'other', grantId: 'g2' }, 60);

    const results = await Promise.allSettled([refresh.consume('r1'), refresh.consume('r1')]);

    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const [loser] = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(loser?.reason).toBeInstanceOf(errors.InvalidGrant);
    expect(loser?.reason).toMatchObject({ error: 'invalid_grant', error_description: 'grant request is invalid' });
    expect(await adapter('Grant').find('g1')).toBeUndefined();
    expect(await refresh.find('r1')).toBeUndefined();
    expect(await adapter('AccessToken').find('a1')).toBeUndefined();
    expect(await refresh.find('other')).toBeDefined();
  });

  it('destroys one artefact', async () => {
    const codes = adapter('AuthorizationCode');
    await codes.upsert('c1', { jti: 'c1' }, 60);
    await codes.upsert('c2', { jti: 'c2' }, 60);
    await codes.destroy('c1');

    expect(await codes.find('c1')).toBeUndefined();
    expect(await codes.find('c2')).toBeDefined();
  });

  it('revokes by grant id only within its own model', async () => {
    await adapter('RefreshToken').upsert('r1', { jti: 'r1', grantId: 'g1' }, 60);
    await adapter('RefreshToken').upsert('r2', { jti: 'r2', grantId: 'g2' }, 60);
    await adapter('AuthorizationCode').upsert('c1', { jti: 'c1', grantId: 'g1' }, 60);

    await adapter('RefreshToken').revokeByGrantId('g1');

    expect(await adapter('RefreshToken').find('r1')).toBeUndefined();
    expect(await adapter('RefreshToken').find('r2')).toBeDefined();
    expect(await adapter('AuthorizationCode').find('c1')).toBeDefined();
  });
});

describe('purgeExpiredOidcModels', () => {
  it('deletes rows expired longer than the grace, and nothing else', async () => {
    await adapter('Interaction').upsert('old', { jti: 'old' }, 10);
    await adapter('Interaction').upsert('recent', { jti: 'recent' }, 3_000);
    await adapter('Grant').upsert('forever', { jti: 'forever' });

    const deleted = await purgeExpiredOidcModels(db.prisma, new Date(clock + 3_700_000), 3_600);

    expect(deleted).toBe(1);
    expect((await db.prisma.oidcModel.findMany({ select: { id: true }, orderBy: { id: 'asc' } })).map((r) => r.id)).toEqual([
      'forever',
      'recent',
    ]);
  });
});
