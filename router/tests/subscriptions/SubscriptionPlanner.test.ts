import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { EVENT_SERVICE } from '../../src/subscriptions/SubscriptionPlanner.js';
import { plannedFixture } from './support.js';

const QUERY = 'subscription S($c: Int!) { ticks(count: $c) { n item { name } } }';

describe('SubscriptionPlanner', () => {
  it('splits a subscription into the primary on the owning subgraph and a per-event plan', () => {
    const { planner } = plannedFixture();
    const plan = planner.plan(parse(QUERY), 'S', QUERY);
    expect(plan.primary).toMatchObject({ kind: 'Fetch', serviceName: 'ticks', variableUsages: ['c'], operationKind: 'subscription' });
    expect(plan.primary.operation).toBe('subscription S__ticks__0($c:Int!){ticks(count:$c){n item{__typename id}}}');
    expect(plan.eventPlan.node).toMatchObject({
      kind: 'Sequence',
      nodes: [
        { kind: 'Fetch', serviceName: EVENT_SERVICE, operation: plan.primary.operation },
        { kind: 'Sequence', nodes: [{ kind: 'Flatten', path: ['ticks', 'item'], node: { kind: 'Fetch', serviceName: 'items' } }] },
      ],
    });
    expect([...planner.subgraphNames].sort()).toEqual(['items', 'ticks']);
  });

  it('caches plans by text and operation name, evicting the least recently used', () => {
    const { planner } = plannedFixture(2);
    const other = 'subscription { live { n } }';
    const third = 'subscription { publicTicks(count: 1) { n } }';
    const first = planner.plan(parse(QUERY), 'S', QUERY);
    expect(planner.plan(parse(QUERY), 'S', QUERY)).toBe(first);
    planner.plan(parse(other), undefined, other);
    planner.plan(parse(QUERY), 'S', QUERY);
    planner.plan(parse(third), undefined, third);
    expect(planner.cachedPlans()).toBe(2);
    expect(planner.plan(parse(QUERY), 'S', QUERY)).toBe(first);
  });

  it('refuses what is not a subscription', () => {
    const { planner } = plannedFixture();
    const query = '{ tickRate }';
    expect(() => planner.plan(parse(query), undefined, query)).toThrow('Only subscription operations are planned here.');
  });
});
