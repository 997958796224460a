import type { DbClient } from '@media-gateway/db';
import type { EventBus } from '@media-gateway/events';
import { createRecommendationsService, type RecommendationsService } from '@media-gateway/recommendations';
import type { Lifecycle, Logger } from '@media-gateway/runtime';

/**
 * The recommendations subgraph in the router's process: its read models fed by the catalog's, identity's and sync's
 * events on the in-process bus, its models built in the background (RECS_TRAIN_INTERVAL_SECONDS).
 */
export async function hostRecommendations(shared: {
  db: DbClient;
  events: EventBus;
  assertionSecret: string;
  logger: Logger;
  lifecycle: Lifecycle;
  trainIntervalSeconds?: number;
}): Promise<RecommendationsService> {
  const recommendations = await createRecommendationsService({
    prisma: shared.db.prisma,
    bus: shared.events,
    assertionSecret: shared.assertionSecret,
    logger: shared.logger,
    ...(shared.trainIntervalSeconds !== undefined ? { trainIntervalSeconds: shared.trainIntervalSeconds } : {}),
  });
  shared.lifecycle.add('recommendations', () => recommendations.close());
  await recommendations.start();
  return recommendations;
}
