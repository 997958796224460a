import { Counter, type Registry } from 'prom-client';

export interface SyncMetrics {
  /** One batch's outcome counts (`source`: a device's mutation, or a consumed playback event). */
  observe(source: 'client' | 'playback', counts: { applied: number; duplicates: number; ignored: number }): void;
  /** A device timestamp refused as too far ahead (§9 "log drift over 60 s"). */
  drift(): void;
}

export function syncMetrics(registry: Registry): SyncMetrics {
  const operations = new Counter({
    name: 'sync_operations_total',
    help: 'Library operations received, by source and outcome (applied, duplicate, ignored)',
    labelNames: ['source', 'outcome'] as const,
    registers: [registry],
  });
  const drift = new Counter({
    name: 'sync_clock_drift_rejections_total',
    help: 'Operations refused because their timestamp was more than 60 s ahead of the server clock',
    registers: [registry],
  });
  return {
    observe(source, counts) {
      operations.inc({ source, outcome: 'applied' }, counts.applied);
      operations.inc({ source, outcome: 'duplicate' }, counts.duplicates);
      operations.inc({ source, outcome: 'ignored' }, counts.ignored);
    },
    drift: () => drift.inc(),
  };
}
