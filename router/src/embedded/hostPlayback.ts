import type { DbClient } from '@media-gateway/db';
import type { EventBus } from '@media-gateway/events';
import { createPlaybackService, type PlaybackService } from '@media-gateway/playback';
import type { Lifecycle, Logger, Metrics } from '@media-gateway/runtime';
import type { HostedRealtime } from './hostRealtime.js';

/**
 * The playback subgraph in the router's process: sessions in Redis (or memory), its read models fed by the catalog's,
 * identity's and sync's events on the in-process bus, and handoff commands through the shared remote-command service.
 */
export async function hostPlayback(shared: {
  db: DbClient;
  events: EventBus;
  realtime: HostedRealtime;
  redisUrl: string | undefined;
  assertionSecret: string;
  logger: Logger;
  metrics: Metrics;
  lifecycle: Lifecycle;
}): Promise<PlaybackService> {
  const playback = await createPlaybackService({
    prisma: shared.db.prisma,
    ...shared.realtime,
    ...(shared.redisUrl ? { redisUrl: shared.redisUrl } : {}),
    bus: shared.events,
    assertionSecret: shared.assertionSecret,
    logger: shared.logger,
    metrics: shared.metrics.registry,
  });
  shared.lifecycle.add('playback', () => playback.close());
  await playback.start();
  return playback;
}
