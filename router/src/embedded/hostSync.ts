import type { DbClient } from '@media-gateway/db';
import type { EventBus } from '@media-gateway/events';
import type { Lifecycle, Logger, Metrics } from '@media-gateway/runtime';
import { createPresenceStore } from '@media-gateway/realtime';
import { createSyncService, DEPARTURES_KEY_PREFIX, type SyncService } from '@media-gateway/sync';
import type { HostedRealtime } from './hostRealtime.js';

/**
 * The sync subgraph in the router's process: libraries, devices and remote control over the shared live-state
 * adapters, with playback's position events arriving on the in-process bus. It runs the presence sweeper, so
 * timeouts are reported once per process.
 */
export async function hostSync(shared: {
  db: DbClient;
  events: EventBus;
  realtime: HostedRealtime;
  redisUrl: string | undefined;
  assertionSecret: string;
  logger: Logger;
  metrics: Metrics;
  lifecycle: Lifecycle;
}): Promise<SyncService> {
  // Replicas share held departures (flapping debounce) in Redis; alone, the service keeps them in memory.
  const departures = shared.redisUrl ? await createPresenceStore({ redisUrl: shared.redisUrl, keyPrefix: DEPARTURES_KEY_PREFIX }) : undefined;
  if (departures) shared.lifecycle.add('departures store', () => departures.close());
  const sync = createSyncService({
    prisma: shared.db.prisma,
    ...shared.realtime,
    bus: shared.events,
    ...(departures ? { departures } : {}),
    assertionSecret: shared.assertionSecret,
    logger: shared.logger,
    metrics: shared.metrics.registry,
  });
  shared.lifecycle.add('sync', () => sync.close());
  await sync.start();
  return sync;
}
