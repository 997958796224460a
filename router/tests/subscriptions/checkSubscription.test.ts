import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { prepareSupergraph } from '../../src/auth/securityFeatures.js';
import { readFieldRequirements } from '../../src/auth/fieldRequirements.js';
import { checkSubscription } from '../../src/subscriptions/checkSubscription.js';
import { composeFixture, itemsSubgraph, ticksSubgraph } from './fixtureSubgraphs.js';
import { plannedFixture } from './support.js';

const sdl = composeFixture([ticksSubgraph(), itemsSubgraph()]);
const checks = {
  schema: plannedFixture().planner.apiSchema,
  limits: { maxDepth: 3, maxCost: 1000, maxAliases: 1 },
  requirements: readFieldRequirements(sdl, prepareSupergraph(sdl).directives),
};
const signedIn = { authenticated: true, scopes: [] };
const anonymous = { authenticated: false, scopes: [] };

function check(query: string, variables: Record<string, unknown> = {}, access = signedIn) {
  return checkSubscription(checks, parse(query), undefined, variables, access).map((e) => ({ message: e.message, extensions: e.extensions }));
}

describe('checkSubscription', () => {
  it('passes a valid subscription the caller may see', () => {
    expect(check('subscription ($c: Int!) { ticks(count: $c) { n item { name } } }', { c: 1 })).toEqual([]);
  });

  it('refuses with the codes HTTP uses, first problem class only', () => {
    expect(check('subscription { ticks { n } }')[0]?.extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED' });
    expect(check('subscription { ticks(count: 1) { item { name } n: n x: n } }')).toEqual([
      { message: 'Query uses 2 aliases; the maximum is 1.', extensions: { code: 'TOO_MANY_ALIASES', limit: 1, actual: 2, http: { status: 400 } } },
    ]);
    expect(check('subscription { ticks(count: 1) { n } }', {}, anonymous)).toEqual([
      { message: 'Sign in to read Subscription.ticks.', extensions: { code: 'UNAUTHENTICATED', fields: ['Subscription.ticks'] } },
    ]);
    expect(check('subscription ($c: Int!) { ticks(count: $c) { n } }', {})).toEqual([
      { message: 'Variable "$c" of required type "Int!" was not provided.', extensions: { code: 'BAD_USER_INPUT' } },
    ]);
  });
});
