import { Counter, Histogram, type Registry } from 'prom-client';
import type { SearchEvent } from './search/SearchEngine.js';

export interface SearchMetrics {
  observe(event: SearchEvent): void;
}

/** PRODUCT_SPEC §14's search metrics: `search_query_duration_seconds` and `search_zero_results_total`. */
export function searchMetrics(registry: Registry): SearchMetrics {
  const duration = new Histogram({
    name: 'search_query_duration_seconds',
    help: 'Search latency inside the discovery subgraph, by strategy and whether the result cache answered',
    labelNames: ['strategy', 'cached'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1],
    registers: [registry],
  });
  const zero = new Counter({
    name: 'search_zero_results_total',
    help: 'Searches that found nothing',
    labelNames: ['strategy'] as const,
    registers: [registry],
  });
  return {
    observe(event) {
      duration.observe({ strategy: event.strategy, cached: String(event.cached) }, event.latencyMs / 1000);
      if (event.resultCount === 0) zero.inc({ strategy: event.strategy });
    },
  };
}
