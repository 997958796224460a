import { describe, expect, it } from 'vitest';
import { buildASTSchema, parse } from 'graphql';
import { checkFieldAccess } from '../../src/auth/checkFieldAccess.js';
import { readFieldRequirements } from '../../src/auth/fieldRequirements.js';
import { prepareSupergraph } from '../../src/auth/securityFeatures.js';
import { securedSupergraphSdl } from './securedSupergraph.js';

const supergraph = securedSupergraphSdl();
const { gatewaySdl, directives } = prepareSupergraph(supergraph);
const requirements = readFieldRequirements(supergraph, directives);
const schema = buildASTSchema(parse(gatewaySdl), { assumeValidSDL: true });
const anonymous = { authenticated: false, scopes: [] };
const user = (...scopes: string[]) => ({ authenticated: true, scopes });
const check = (query: string, access: { authenticated: boolean; scopes: string[] }, operationName?: string) =>
  checkFieldAccess(schema, parse(query), operationName, requirements, access);

describe('readFieldRequirements', () => {
  it('reads field and type directives from the supergraph', () => {
    expect(requirements.fields.get('Query.settings')).toEqual({ authenticated: true, scopes: [] });
    expect(requirements.fields.get('Query.adminReport')).toEqual({ authenticated: true, scopes: [[['admin:users'], ['admin:system', 'admin:analytics']]] });
    expect(requirements.types.get('Account')).toEqual({ authenticated: true, scopes: [] });
    expect(requirements.fields.has('Query.public')).toBe(false);
  });
});

describe('checkFieldAccess', () => {
  it('lets anyone read public fields', () => {
    expect(check('{ public __typename }', anonymous)).toBeNull();
  });

  it('refuses anonymous callers on @authenticated fields and on fields returning an @authenticated type', () => {
    expect(check('{ settings }', anonymous)).toEqual({ code: 'UNAUTHENTICATED', fields: ['Query.settings'] });
    expect(check('{ me { id } }', anonymous)).toEqual({ code: 'UNAUTHENTICATED', fields: ['Query.me'] });
    expect(check('{ me { id name } settings }', user())).toBeNull();
  });

  it('applies @requiresScopes as OR of ANDs', () => {
    expect(check('{ adminReport }', user('admin:system'))).toEqual({ code: 'FORBIDDEN', fields: ['Query.adminReport'] });
    expect(check('{ adminReport }', user('admin:system', 'admin:analytics'))).toBeNull();
    expect(check('{ adminReport }', user('admin:users'))).toBeNull();
  });

  it('checks subscriptions exactly like queries and mutations', () => {
    expect(check('subscription { publicTicks }', anonymous)).toBeNull();
    expect(check('subscription { accountChanged { id } }', anonymous)).toEqual({ code: 'UNAUTHENTICATED', fields: ['Subscription.accountChanged'] });
    expect(check('subscription { auditStream }', user('read:preferences'))).toEqual({ code: 'FORBIDDEN', fields: ['Subscription.auditStream'] });
    expect(check('subscription { auditStream }', user('admin:system'))).toBeNull();
  });

  it('follows fragments and inline fragments', () => {
    const query = 'query Q { ...F } fragment F on Query { me { ... on Account { email } } }';
    expect(check(query, user())).toEqual({ code: 'FORBIDDEN', fields: ['Account.email'] });
    expect(check(query, user('read:preferences'))).toBeNull();
  });

  it('checks only the selected operation', () => {
    const document = 'query Open { public } query Closed { settings }';
    expect(check(document, anonymous, 'Open')).toBeNull();
    expect(check(document, anonymous, 'Closed')?.code).toBe('UNAUTHENTICATED');
  });
});

describe('prepareSupergraph', () => {
  it('refuses a SECURITY feature the router does not enforce', () => {
    const foreign = supergraph.replace(
      '@link(url: "https://specs.apollo.dev/join/v0.4", for: EXECUTION)',
      '@link(url: "https://specs.apollo.dev/join/v0.4", for: EXECUTION)\n  @link(url: "https://specs.apollo.dev/policy/v0.1", for: SECURITY)',
    );
    expect(() => prepareSupergraph(foreign)).toThrow('The supergraph links https://specs.apollo.dev/policy/v0.1 for SECURITY, which this router does not enforce');
  });

  it('leaves a supergraph without security features as it is', () => {
    const plain = 'schema @link(url: "https://specs.apollo.dev/link/v1.0") { query: Query }\ntype Query { a: Int }';
    expect(prepareSupergraph(plain).directives).toEqual({ authenticated: null, requiresScopes: null });
  });
});
