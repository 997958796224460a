import { describe, expect, it } from 'vitest';
import { ApolloServer } from '@apollo/server';
import { ApolloGateway, LocalGraphQLDataSource } from '@apollo/gateway';
import { createAuthorizationPlugin } from '../../src/auth/createAuthorizationPlugin.js';
import { readFieldRequirements } from '../../src/auth/fieldRequirements.js';
import { prepareSupergraph } from '../../src/auth/securityFeatures.js';
import type { Access } from '../../src/auth/checkFieldAccess.js';
import { securedSchema, securedSupergraphSdl } from './securedSupergraph.js';

interface Context {
  access: Access;
}

async function run(query: string, access: Access) {
  const supergraph = securedSupergraphSdl();
  const { gatewaySdl, directives } = prepareSupergraph(supergraph);
  const server = new ApolloServer<Context>({
    gateway: new ApolloGateway({ supergraphSdl: gatewaySdl, buildService: () => new LocalGraphQLDataSource(securedSchema) }),
    plugins: [createAuthorizationPlugin<Context>(readFieldRequirements(supergraph, directives), (context) => context.access)],
  });
  await server.start();
  try {
    const response = await server.executeOperation({ query }, { contextValue: { access } });
    return { status: response.http.status, body: response.body.kind === 'single' ? response.body.singleResult : null };
  } finally {
    await server.stop();
  }
}

describe('createAuthorizationPlugin through a real gateway', () => {
  it('loads a supergraph with security features and serves public fields', async () => {
    const { body } = await run('{ public }', { authenticated: false, scopes: [] });
    expect(body?.data).toEqual({ public: 'hello' });
  });

  it('answers 401 UNAUTHENTICATED to anonymous callers', async () => {
    const { status, body } = await run('{ me { name } }', { authenticated: false, scopes: [] });
    expect(status).toBe(401);
    expect(body?.errors?.[0]).toMatchObject({ message: 'Sign in to read Query.me.', extensions: { code: 'UNAUTHENTICATED', fields: ['Query.me'] } });
    expect(body?.data).toBeUndefined();
  });

  it('answers 403 FORBIDDEN when a scope is missing, and the data when it is held', async () => {
    const denied = await run('{ me { email } }', { authenticated: true, scopes: ['read:content'] });
    expect(denied.status).toBe(403);
    expect(denied.body?.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', fields: ['Account.email'] });
    const allowed = await run('{ me { email } }', { authenticated: true, scopes: ['read:preferences'] });
    expect(allowed.body?.data).toEqual({ me: { email: 'ada@example.com' } });
  });
});
