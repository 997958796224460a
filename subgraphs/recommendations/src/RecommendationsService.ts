import { identityFromHeaders, isAuthError } from '@media-gateway/auth';
import type { PrismaClient } from '@media-gateway/db';
import { EventProjection, type EventBus } from '@media-gateway/events';
import type { Logger } from '@media-gateway/runtime';
import type { GraphQLSchema } from 'graphql';
import { recommendationsError } from './errors.js';
import { ModelStore } from './model/ModelStore.js';
import { catalogProjection } from './projection/catalogProjection.js';
import { interactionProjection } from './projection/interactionProjection.js';
import { viewerProjection } from './projection/viewerProjection.js';
import type { RecommendationsContext } from './RecommendationsContext.js';
import { buildRecommendationsSchema, RECOMMENDATIONS_SUBGRAPH_NAME } from './recommendationsSubgraph.js';
import { RecommendationsEngine } from './serving/RecommendationsEngine.js';
import { ExperimentStore } from './store/ExperimentStore.js';
import { InteractionStore } from './store/InteractionStore.js';
import { RECOMMENDATIONS_SCHEMA } from './store/recommendationsSchema.js';
import { ViewerStore } from './store/ViewerStore.js';

/** How often the models are retrained when interactions changed (RECS_TRAIN_INTERVAL_SECONDS). */
export const DEFAULT_TRAIN_INTERVAL_SECONDS = 600;

export interface RecommendationsServiceOptions {
  prisma: PrismaClient;
  /** Where catalog, identity and sync events arrive; without one `start()` runs no consumers. */
  bus?: EventBus;
  /** Verifies the identity the router forwards. */
  assertionSecret: string;
  logger: Logger;
  /** @default 600 */
  trainIntervalSeconds?: number;
  /** Score with the TypeScript loop instead of ONNX Runtime. @default false */
  forceTsScorer?: boolean;
  /** @default Date.now */
  now?: () => number;
}

/** The recommendations subgraph as a unit the router hosts in-process or `main.ts` serves. */
export interface RecommendationsService {
  name: 'recommendations';
  schema: GraphQLSchema;
  /** A header that does not verify is UNAUTHENTICATED, never anonymous. */
  createContext(headers: Record<string, string | undefined>): Promise<RecommendationsContext>;
  /** Starts the consumers (`recommendations.catalog`, `.viewer`, `.interactions`) and model building in the background. */
  start(): Promise<void>;
  /** Applies the events the consumers have buffered (they batch for up to 50 ms); for tests. */
  flushProjections(): Promise<void>;
  /** Resolves once the models reflect everything stored so far and background adapter updates are done. */
  whenTrained(): Promise<void>;
  /** What `/health` shows under `recommendations`. */
  describe(): Promise<Record<string, unknown>>;
  close(): Promise<void>;
}

/**
 * Recommendations (PRODUCT_SPEC §5, issue 7): read models of the catalogue, the viewers' consent and the consented
 * interaction log in Postgres, fed by events; models (ALS, item-kNN, item graph, content vectors) rebuilt in the
 * background and scored through ONNX Runtime; per-profile adapters; A/B experiments.
 */
export async function createRecommendationsService(options: RecommendationsServiceOptions): Promise<RecommendationsService> {
  if (typeof options.assertionSecret !== 'string' || Buffer.byteLength(options.assertionSecret) < 32) {
    throw new TypeError('createRecommendationsService: `assertionSecret` must be a string of at least 32 bytes');
  }
  const trainIntervalSeconds = options.trainIntervalSeconds ?? DEFAULT_TRAIN_INTERVAL_SECONDS;
  if (!Number.isInteger(trainIntervalSeconds) || trainIntervalSeconds < 1) {
    throw new TypeError(`createRecommendationsService: \`trainIntervalSeconds\` must be a positive integer, got ${trainIntervalSeconds}`);
  }
  const { prisma, logger } = options;
  const now = options.now ?? Date.now;
  const interactions = new InteractionStore(prisma);
  const viewers = new ViewerStore(prisma);
  const experiments = new ExperimentStore(prisma);
  const models = new ModelStore({ prisma, interactions, logger, trainIntervalMs: trainIntervalSeconds * 1000, now, forceTsScorer: options.forceTsScorer ?? false });
  const engine = new RecommendationsEngine({ prisma, models, viewers, interactions, experiments, logger, now });

  const projections = options.bus
    ? [catalogProjection(logger, () => models.catalogChanged()), viewerProjection(logger, () => undefined), interactionProjection(logger, () => undefined)].map(
        (spec) => new EventProjection(spec, { prisma, bus: options.bus!, schema: RECOMMENDATIONS_SCHEMA, logger }),
      )
    : [];

  const schema = buildRecommendationsSchema();
  return {
    name: RECOMMENDATIONS_SUBGRAPH_NAME,
    schema,
    async createContext(headers) {
      let identity;
      try {
        identity = await identityFromHeaders(headers, { secret: options.assertionSecret, now: new Date(now()) });
      } catch (error) {
        if (isAuthError(error)) throw recommendationsError('UNAUTHENTICATED', error.message);
        throw error;
      }
      return { identity, engine, experiments, now };
    },
    async flushProjections() {
      for (const projection of projections) await projection.flush();
    },
    async whenTrained() {
      await engine.whenIdle();
      await models.whenTrained();
    },
    async start() {
      for (const projection of projections) await projection.start();
      models.start();
    },
    async describe() {
      return {
        consumers: projections.map((p) => p.describe()),
        models: models.describe(),
        adapters: engine.adapters.describe(),
        trainIntervalSeconds,
      };
    },
    async close() {
      for (const projection of projections) await projection.stop();
      await engine.whenIdle();
      await models.close();
    },
  };
}
