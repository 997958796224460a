import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SignJWT } from 'jose';
import { createAuthenticator, type Router } from '@media-gateway/router';
import { startFixtureRouter } from '../../support/startFixtureRouter.js';
import * as whoami from './services/whoami/index.js';

// Subgraphs learn who the caller is only from the router's signed assertion: an API key the router verified
// arrives as that user, and a client cannot forge the header itself.
const secret = 'router-and-subgraphs-share-this-32+-byte-secret';
let router: Router;
let endpoint: string;

beforeAll(async () => {
  ({ router, endpoint } = await startFixtureRouter(
    [{ ...whoami.createSubgraph(secret), url: whoami.url, typeDefs: whoami.typeDefs }],
    createAuthenticator({
      assertionSecret: secret,
      apiKeys: async (key) => (key === 'mg_live_AdaAdaAdaAdaAdaAdaAdaAdaAdaAdaAdaA' ? { userId: 'ada', apiKeyId: 'k1', role: 'free', scopes: ['read:content'] } : null),
    }),
  ));
});
afterAll(async () => router?.close());

async function whoamiWith(headers: Record<string, string>) {
  const response = await fetch(endpoint, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: '{"query":"{ whoami }"}' });
  return { status: response.status, body: (await response.json()) as { data?: { whoami: string }; errors?: Array<{ extensions: { code: string } }> } };
}

describe('identity forwarded to subgraphs', () => {
  it('is anonymous without credentials', async () => {
    expect(JSON.parse((await whoamiWith({})).body.data!.whoami)).toEqual({ kind: 'anonymous' });
  });

  it('carries the user behind a verified API key', async () => {
    const { body } = await whoamiWith({ 'x-api-key': 'mg_live_AdaAdaAdaAdaAdaAdaAdaAdaAdaAdaAdaA' });
    expect(JSON.parse(body.data!.whoami)).toMatchObject({ kind: 'api_key', userId: 'ada', apiKeyId: 'k1', scopes: ['read:content'] });
  });

  it('ignores an identity header a client forges, even one signed with the right secret', async () => {
    const forged = await new SignJWT({ identity: { kind: 'user', userId: 'root', role: 'admin', scopes: ['admin:users'] } })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer('media-gateway-router')
      .setAudience('media-gateway-subgraphs')
      .setIssuedAt()
      .setExpirationTime('1m')
      .sign(new TextEncoder().encode(secret));
    expect(JSON.parse((await whoamiWith({ 'x-mg-identity': forged })).body.data!.whoami)).toEqual({ kind: 'anonymous' });
  });

  it('refuses a revoked or unknown API key with 401', async () => {
    const { status, body } = await whoamiWith({ 'x-api-key': 'mg_live_RevokedRevokedRevokedRevoked0000' });
    expect(status).toBe(401);
    expect(body.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });
});
