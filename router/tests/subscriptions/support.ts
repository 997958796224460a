import { parse } from 'graphql';
import { signIdentityAssertion } from '@media-gateway/auth';
import { createLogger, type Logger } from '@media-gateway/runtime';
import { prepareSupergraph } from '../../src/auth/securityFeatures.js';
import { InProcessDataSource } from '../../src/gateway/InProcessDataSource.js';
import { SubscriptionConnection } from '../../src/subscriptions/SubscriptionConnection.js';
import { SubscriptionPlanner } from '../../src/subscriptions/SubscriptionPlanner.js';
import type { SubscriptionOperation } from '../../src/subscriptions/resolveEvent.js';
import { ASSERTION_SECRET, composeFixture, itemsSubgraph, ticksSubgraph } from './fixtureSubgraphs.js';

export const silentLogger: Logger = createLogger({ name: 'test', level: 'silent' });

/** The fixture supergraph planned, with in-process data sources: the executor's parts without any socket. */
export function plannedFixture(maxCachedPlans = 10) {
  const ticks = ticksSubgraph();
  const items = itemsSubgraph();
  const planner = new SubscriptionPlanner(prepareSupergraph(composeFixture([ticks, items])).gatewaySdl, maxCachedPlans);
  const services = { ticks: new InProcessDataSource(ticks), items: new InProcessDataSource(items) };
  const operation = (query: string, variables: Record<string, unknown> = {}): SubscriptionOperation => {
    const document = parse(query);
    return { document, operationName: undefined, variables, plan: planner.plan(document, undefined, query) };
  };
  return { ticks, items, planner, services, operation };
}

/** A connection on a fake socket, signed in as `userId`. */
export async function fakeConnection(userId: string, settings: Partial<{ maxQueuedEvents: number }> = {}) {
  const socket = { bufferedAmount: 0, closed: undefined as undefined | [number, string], close(code: number, reason: string) { this.closed = [code, reason]; } };
  const identity = { kind: 'user' as const, userId, role: 'free' as const, scopes: [] };
  const connection = new SubscriptionConnection({
    socket,
    authenticate: async () => ({
      identity,
      access: { authenticated: true, scopes: [] },
      assertion: await signIdentityAssertion(identity, { secret: ASSERTION_SECRET }),
      rateLimit: { subject: `user:${userId}`, policy: { tier: 'free' } },
      expiresAt: null,
    }),
    clientIp: '127.0.0.1',
    settings: { maxQueuedEvents: 100, maxBufferedBytes: 1 << 20, recheckIntervalMs: 30_000, now: Date.now, ...settings },
    logger: silentLogger,
  });
  await connection.init({});
  return { socket, connection, close: () => connection.dispose() };
}
