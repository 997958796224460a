import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

export interface Metrics {
  registry: Registry;
  /** `http_requests_total{service, operation, outcome}` */
  requests: Counter<'service' | 'operation' | 'outcome'>;
  /** `http_request_duration_seconds{service, operation, outcome}` */
  requestDuration: Histogram<'service' | 'operation' | 'outcome'>;
}

/** One registry per process, so embedded mode (router and subgraphs in one process) exposes one /metrics page. */
export function createMetrics(options: { collectDefaults?: boolean } = {}): Metrics {
  const registry = new Registry();
  if (options.collectDefaults !== false) collectDefaultMetrics({ register: registry });
  const requests = new Counter({
    name: 'http_requests_total',
    help: 'GraphQL requests by operation name and outcome',
    labelNames: ['service', 'operation', 'outcome'] as const,
    registers: [registry],
  });
  const requestDuration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'GraphQL request duration by operation name and outcome',
    labelNames: ['service', 'operation', 'outcome'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  return { registry, requests, requestDuration };
}
