import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IDENTITY_HEADER, scopesForRole, signIdentityAssertion, type Identity } from '@media-gateway/auth';
import { createPrismaClient, type DbClient } from '@media-gateway/db';
import { createLogger, createMetrics } from '@media-gateway/runtime';
import { createTestDatabase, freePort, type TestDatabase } from '@media-gateway/testing';
import { readIdentityConfig } from '../../src/config.js';
import { startIdentityServer, type RunningIdentityServer } from '../../src/server/startIdentityServer.js';
import { bodyOf, headerOf, startSmtpSink, type SmtpSink } from '../store/support/smtpSink.js';

// The standalone identity server as `npm start -w subgraphs/identity` runs it (in this process, so the test can read
// its logs): real Postgres, the OAuth server, GraphQL, the router's API-key lookup, and mail out through SMTP.
const SECRET = 'identity-server-tests-assertion-secret-0123456789';
let database: TestDatabase;
let db: DbClient;
let sink: SmtpSink;
let server: RunningIdentityServer;
let url: string;
const logs: string[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
  db = createPrismaClient({ connectionString: database.url, poolMax: database.poolMax });
  sink = await startSmtpSink();
  const port = await freePort();
  url = `http://127.0.0.1:${port}`;
  const config = readIdentityConfig({
    DATABASE_URL: database.url,
    PUBLIC_URL: url,
    IDENTITY_ASSERTION_SECRET: SECRET,
    OAUTH_COOKIE_KEYS: randomBytes(32).toString('base64url'),
    MFA_ENCRYPTION_KEY: randomBytes(32).toString('base64url'),
    OAUTH_SERVICE_CLIENT_SECRET: randomBytes(32).toString('base64url'),
    SMTP_URL: sink.url,
    MAIL_FROM: 'Media Gateway <no-reply@media-gateway.test>',
  });
  const logger = createLogger({ name: 'identity', level: 'info', destination: { write: (line: string) => void logs.push(line) } });
  server = await startIdentityServer(config, logger, { metrics: createMetrics({ collectDefaults: false }), mailRelay: { pollIntervalMs: 50 } });
  await server.app.listen({ port, host: '127.0.0.1' });
});
afterAll(async () => {
  await server?.lifecycle.close();
  await sink?.close();
  await db?.dispose();
  await database?.dispose();
});

async function graphql(query: string, variables: Record<string, unknown> = {}, identity?: Identity) {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (identity) headers[IDENTITY_HEADER] = await signIdentityAssertion(identity, { secret: SECRET });
  const response = await fetch(`${url}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  return (await response.json()) as { data?: Record<string, Record<string, unknown>> | null; errors?: Array<{ message: string; extensions: Record<string, unknown> }> };
}

async function lookup(body: unknown, caller?: Identity, secret = SECRET) {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (caller) headers[IDENTITY_HEADER] = await signIdentityAssertion(caller, { secret });
  const response = await fetch(`${url}/internal/api-keys/lookup`, { method: 'POST', headers, body: JSON.stringify(body) });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

const ROUTER: Identity = { kind: 'service', clientId: 'router', scopes: [] };

async function registeredUser(email: string): Promise<Identity> {
  const registered = await graphql('mutation ($input: RegisterInput!) { register(input: $input) { accepted } }', {
    input: { email, password: 'Correct-Horse-1', displayName: 'someone' },
  });
  expect(registered).toEqual({ data: { register: { accepted: true } } });
  const user = await db.prisma.user.findUniqueOrThrow({ where: { email } });
  return { kind: 'user', userId: user.id, role: 'free', scopes: [...scopesForRole('free')] };
}

describe('the standalone identity server', () => {
  it('answers /health and /ready, and publishes its OAuth issuer and keys', async () => {
    expect(await (await fetch(`${url}/health`)).json()).toMatchObject({ status: 'ok', service: 'identity', issuer: `${url}/oidc`, mail: 'smtp' });
    expect((await fetch(`${url}/ready`)).status).toBe(200);

    const discovery = (await (await fetch(`${url}/oidc/.well-known/openid-configuration`)).json()) as { issuer: string; jwks_uri: string };
    expect(discovery.issuer).toBe(`${url}/oidc`);
    expect(discovery.jwks_uri).toBe(`${url}/oidc/jwks`);
    const jwks = (await (await fetch(discovery.jwks_uri)).json()) as { keys: Array<{ alg: string; kid: string }> };
    expect(jwks.keys[0]).toMatchObject({ alg: 'RS256', kid: expect.any(String) });
    expect((await fetch(`${url}/activate`)).status).toBe(200);
  });

  it('serves the subgraph over HTTP and refuses an identity the router did not sign', async () => {
    const anonymous = await graphql('{ _service { sdl } }');
    expect(anonymous.data?._service?.sdl).toContain('type User');

    const nobody = await graphql('{ me { email } }');
    expect(nobody.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [IDENTITY_HEADER]: await signIdentityAssertion(ROUTER, { secret: 'another-secret-that-is-long-enough-0123456789' }) },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(((await response.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]!.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('sends the account mail it writes to the outbox through SMTP', async () => {
    await registeredUser('mail@example.test');
    // The server accepts the message a moment before the relay commits the stamp: wait for the stamp.
    const stamped = () => db.prisma.mailOutbox.count({ where: { to: 'mail@example.test', sentAt: { not: null } } });
    for (let i = 0; i < 100 && (await stamped()) === 0; i += 1) await new Promise((resolve) => setTimeout(resolve, 50));

    expect(sink.received).toHaveLength(1);
    const [mail] = sink.received;
    expect(mail!.to).toEqual(['mail@example.test']);
    expect(headerOf(mail!, 'from')).toBe('Media Gateway <no-reply@media-gateway.test>');
    expect(bodyOf(mail!)).toMatch(/token=[0-9a-f]{64}/);
    expect(await stamped()).toBe(1);
    expect(await db.prisma.mailOutbox.count({ where: { to: 'mail@example.test', sentAt: null } })).toBe(0);
  });

  describe('the API-key lookup for the router', () => {
    let key: string;
    let keyId: string;
    let owner: Identity;

    beforeAll(async () => {
      owner = await registeredUser('keys@example.test');
      const created = await graphql('mutation { createApiKey(input: { name: "script", scopes: ["read:content"] }) { key apiKey { id } } }', {}, owner);
      ({ key, apiKey: { id: keyId } } = created.data!.createApiKey as unknown as { key: string; apiKey: { id: string } });
    });

    it('resolves a key for the router', async () => {
      const { status, body } = await lookup({ key }, ROUTER);
      expect(status).toBe(200);
      expect(body).toMatchObject({ userId: (owner as { userId: string }).userId, apiKeyId: keyId, role: 'free', scopes: ['read:content'] });
    });

    it('answers nobody else: no assertion, a user, another service, or the wrong secret', async () => {
      for (const [caller, secret] of [
        [undefined, SECRET],
        [owner, SECRET],
        [{ kind: 'service', clientId: 'service', scopes: [] }, SECRET],
        [ROUTER, 'another-secret-that-is-long-enough-0123456789'],
      ] as const) {
        const { status, body } = await lookup({ key }, caller, secret);
        expect(status).toBe(401);
        expect(body).toMatchObject({ errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] });
      }
    });

    it('answers 404 for an unknown key and 400 for a body without one', async () => {
      expect(await lookup({ key: `mg_live_${'x'.repeat(32)}` }, ROUTER)).toMatchObject({ status: 404, body: { errors: [{ extensions: { code: 'NOT_FOUND' } }] } });
      expect(await lookup({ token: key }, ROUTER)).toMatchObject({ status: 400, body: { errors: [{ extensions: { code: 'BAD_USER_INPUT' } }] } });
    });

    it('stops resolving a revoked key', async () => {
      const revoked = await graphql('mutation ($id: ID!) { revokeApiKey(id: $id) { revokedAt } }', { id: keyId }, owner);
      expect(revoked.errors).toBeUndefined();
      expect((await lookup({ key }, ROUTER)).status).toBe(404);
    });

    it('never writes a key to its logs', () => {
      expect(logs.length).toBeGreaterThan(0);
      expect(logs.join('')).not.toContain(key);
    });
  });
});

