import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SignJWT, exportJWK, generateKeyPair } from 'jose';
import { RedisTokenRevocations, createAccessTokenVerifier } from '@media-gateway/auth';
import { REDIS_SKIP_REASON, testRedisUrl } from '@media-gateway/testing';
import { createAuthenticator } from '../../src/auth/createAuthenticator.js';

const url = testRedisUrl();
if (!url) console.warn(`createAuthenticator Redis revocation suite skipped: ${REDIS_SKIP_REASON}`);

const secret = 'test-assertion-secret-of-at-least-32-bytes!';
const issuer = 'http://localhost:4000/oidc';
const audience = 'https://api.media-gateway.test';
const { privateKey, publicKey } = await generateKeyPair('RS256');
const jwk = { ...(await exportJWK(publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
const accessTokens = createAccessTokenVerifier({ issuer, audience, keys: { kind: 'local', getJwks: async () => ({ keys: [jwk] }) } });

const token = (sub: string, iat: number) =>
  new SignJWT({ scope: 'read:watchlist', client_id: 'web' })
    .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
    .setIssuer(issuer)
    .setAudience(audience)
    .setSubject(sub)
    .setJti(randomUUID())
    .setIssuedAt(iat)
    .setExpirationTime(iat + 3600)
    .sign(privateKey);

const failure = (authenticate: ReturnType<typeof createAuthenticator>, bearer: string) =>
  authenticate({ authorization: `Bearer ${bearer}` }).then(
    () => null,
    (error: { extensions: Record<string, unknown> }) => error.extensions,
  );

describe.skipIf(!url)('createAuthenticator with the Redis denylist', () => {
  const keyPrefix = `mg-test:${process.pid}:${randomUUID()}:revoked:`;
  const clients: Redis[] = [];
  const connect = async (target = url!) => {
    const redis = new Redis(target, { lazyConnect: true, enableOfflineQueue: false, maxRetriesPerRequest: 0, retryStrategy: () => null });
    redis.on('error', () => {});
    await redis.connect().catch(() => {});
    clients.push(redis);
    return redis;
  };
  let identity: RedisTokenRevocations;
  let router: ReturnType<typeof createAuthenticator>;

  beforeAll(async () => {
    identity = new RedisTokenRevocations(await connect(), { keyPrefix });
    router = createAuthenticator({ accessTokens, revocations: new RedisTokenRevocations(await connect(), { keyPrefix }), assertionSecret: secret });
  });
  afterAll(async () => {
    const keys = await clients[0]!.keys(`${keyPrefix}*`);
    if (keys.length > 0) await clients[0]!.del(...keys);
    for (const client of clients) client.disconnect();
  });

  it('refuses a token as soon as the identity service revokes its user, on another connection', async () => {
    const user = `user-${randomUUID()}`;
    const issued = Math.floor(Date.now() / 1000) - 5;
    const bearer = await token(user, issued);
    expect(await failure(router, bearer)).toBeNull();
    await identity.revokeSubject(user, new Date());
    expect(await failure(router, bearer)).toEqual({ code: 'UNAUTHENTICATED', authCode: 'TOKEN_REVOKED', http: { status: 401 } });
  });

  it('denies with 503 REVOCATION_UNAVAILABLE when Redis cannot be reached', async () => {
    const down = createAuthenticator({ accessTokens, revocations: new RedisTokenRevocations(await connect('redis://127.0.0.1:1'), { keyPrefix }), assertionSecret: secret });
    const bearer = await token(`user-${randomUUID()}`, Math.floor(Date.now() / 1000));
    expect(await failure(down, bearer)).toEqual({ code: 'INTERNAL_SERVER_ERROR', authCode: 'REVOCATION_UNAVAILABLE', http: { status: 503 } });
  });
});
