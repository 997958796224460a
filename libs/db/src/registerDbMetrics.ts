import { Counter, Gauge, type Registry } from 'prom-client';
import type { DbClient } from './createPrismaClient.js';

/**
 * Exposes the pool on /metrics: `db_statements_total` (every statement sent to Postgres) and
 * `db_connections_active` (PRODUCT_SPEC §14). Values are read when Prometheus scrapes, so nothing runs per query.
 */
export function registerDbMetrics(db: DbClient, registry: Registry, labels: { service: string }): void {
  new Counter({
    name: 'db_statements_total',
    help: 'SQL statements sent to Postgres',
    labelNames: ['service'] as const,
    registers: [registry],
    collect() {
      this.reset();
      this.inc(labels, db.queryCount());
    },
  });
  new Gauge({
    name: 'db_connections_active',
    help: 'Pool connections checked out',
    labelNames: ['service'] as const,
    registers: [registry],
    collect() {
      this.set(labels, db.pool.totalCount - db.pool.idleCount);
    },
  });
}
