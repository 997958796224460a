import { Counter, Gauge, type Registry } from 'prom-client';
import type { CloseCodeName } from './closeCodes.js';

export interface SubscriptionMetrics {
  delivered(): void;
  closed(name: CloseCodeName): void;
}

/** What the gauges read when Prometheus scrapes. */
export interface SubscriptionGaugeSource {
  connections(): number;
  subscriptions(): number;
}

/**
 * `graphql_ws_connections`, `graphql_ws_subscriptions` (gauges read at scrape time), `graphql_ws_events_total`
 * (responses delivered) and `graphql_ws_closes_total{reason}` (sockets the router closed, by close-code name;
 * `slow_consumer` is the slow-consumer drops).
 */
export function subscriptionMetrics(registry: Registry, source: SubscriptionGaugeSource): SubscriptionMetrics {
  new Gauge({
    name: 'graphql_ws_connections',
    help: 'Open graphql-ws client connections',
    registers: [registry],
    collect() {
      this.set(source.connections());
    },
  });
  new Gauge({
    name: 'graphql_ws_subscriptions',
    help: 'Active federated subscriptions',
    registers: [registry],
    collect() {
      this.set(source.subscriptions());
    },
  });
  const events = new Counter({ name: 'graphql_ws_events_total', help: 'Subscription responses delivered to clients', registers: [registry] });
  const closes = new Counter({
    name: 'graphql_ws_closes_total',
    help: 'graphql-ws connections the router closed, by reason (slow_consumer = slow-consumer drops)',
    labelNames: ['reason'] as const,
    registers: [registry],
  });
  return {
    delivered: () => events.inc(),
    closed: (name) => closes.inc({ reason: name.toLowerCase() }),
  };
}
