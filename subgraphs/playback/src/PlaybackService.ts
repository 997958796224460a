import { identityFromHeaders, isAuthError } from '@media-gateway/auth';
import type { PrismaClient } from '@media-gateway/db';
import { EventProjection, purgePublishedOutbox, type EventBus } from '@media-gateway/events';
import type { PresenceStore, PubSub, RemoteCommands } from '@media-gateway/realtime';
import type { Logger } from '@media-gateway/runtime';
import type { GraphQLSchema } from 'graphql';
import type { Registry } from 'prom-client';
import { playbackError } from './errors.js';
import { handoffPlayback } from './handoff/handoffPlayback.js';
import { historyRetentionCutoff } from './history/historyRetention.js';
import { initiatePlayback } from './launch/initiatePlayback.js';
import type { PlaybackContext } from './PlaybackContext.js';
import { playbackMetrics } from './playbackMetrics.js';
import { buildPlaybackSchema, PLAYBACK_SUBGRAPH_NAME } from './playbackSubgraph.js';
import { offerProjection } from './projection/offerProjection.js';
import { resumeProjection } from './projection/resumeProjection.js';
import { viewerProjection } from './projection/viewerProjection.js';
import { createSessionStore } from './session/createSessionStore.js';
import { PlaybackSessions } from './session/PlaybackSessions.js';
import { SessionClock } from './session/SessionClock.js';
import type { SessionStore } from './session/SessionStore.js';
import { OfferStore } from './store/OfferStore.js';
import { ResumeStore } from './store/ResumeStore.js';
import { SessionLedger } from './store/SessionLedger.js';
import { ViewerStore } from './store/ViewerStore.js';
import { PLAYBACK_OUTBOX_SCHEMA } from './store/playbackOutbox.js';
import { WatchHistoryStore } from './store/WatchHistoryStore.js';

/** How often `start()` runs the watch-history purge; rows are due at day granularity, so hourly is plenty. */
export const DEFAULT_PURGE_INTERVAL_MS = 60 * 60 * 1000;

export interface PlaybackServiceOptions {
  prisma: PrismaClient;
  /** Session changes fan out here (`channels.playback(userId)`); the subscription reads it. */
  pubsub: PubSub;
  /** Who is online (written by the sync subgraph's heartbeats): `initiatePlayback` and handoff targets must be. */
  presence: PresenceStore;
  /** Delivers a handoff's LOAD and STOP. */
  commands: RemoteCommands;
  /** The session store; else one is made from `redisUrl` (Redis) or in memory, and closed with the service. */
  sessions?: SessionStore;
  redisUrl?: string;
  /** Key prefix of the Redis session store made from `redisUrl`. @default 'mg:' */
  keyPrefix?: string;
  /** Where sync, catalog and identity events arrive; without one `start()` runs no consumers. */
  bus?: EventBus;
  /** Verifies the identity the router forwards. */
  assertionSecret: string;
  logger: Logger;
  metrics?: Registry;
  /** @default Date.now */
  now?: () => number;
  /** @default 1 hour; null runs the purge only when called */
  purgeIntervalMs?: number | null;
}

/** The playback subgraph as a unit the router hosts in-process or `main.ts` serves. */
export interface PlaybackService {
  name: 'playback';
  schema: GraphQLSchema;
  /** A header that does not verify is UNAUTHENTICATED, never anonymous. */
  createContext(headers: Record<string, string | undefined>): Promise<PlaybackContext>;
  /** Starts the event consumers (groups `playback.resume`, `playback.offers`, `playback.viewer`) and the purge timer. */
  start(): Promise<void>;
  /** Applies the events the consumers have buffered (they batch for up to 50 ms); for tests and benchmarks. */
  flushProjections(): Promise<void>;
  /** VPPA (§10): anonymises watch history older than 90 days; returns the number of rows. `start()` runs it hourly. */
  purgeWatchHistory(now?: number): Promise<number>;
  /** What `/health` shows under `playback`. */
  describe(): Promise<Record<string, unknown>>;
  close(): Promise<void>;
}

/**
 * Playback (PRODUCT_SPEC §10): sessions in Redis, the resume / continue-watching projection and the opt-in watch
 * history in Postgres, launch and handoff over the user's online devices.
 */
export async function createPlaybackService(options: PlaybackServiceOptions): Promise<PlaybackService> {
  if (typeof options.assertionSecret !== 'string' || Buffer.byteLength(options.assertionSecret) < 32) {
    throw new TypeError('createPlaybackService: `assertionSecret` must be a string of at least 32 bytes');
  }
  const { prisma, logger } = options;
  const now = options.now ?? Date.now;
  const ownsSessions = !options.sessions;
  const store =
    options.sessions ?? (await createSessionStore({ redisUrl: options.redisUrl, ...(options.keyPrefix !== undefined ? { keyPrefix: options.keyPrefix } : {}), now }));
  const metrics = playbackMetrics(options.metrics);
  const clock = new SessionClock(now);
  const resume = new ResumeStore(prisma);
  const offers = new OfferStore(prisma);
  const viewers = new ViewerStore(prisma);
  const history = new WatchHistoryStore(prisma);
  const sessions = new PlaybackSessions({ store, ledger: new SessionLedger(prisma), resume, pubsub: options.pubsub, clock, now, logger, metrics });

  const projections = options.bus
    ? [resumeProjection(clock, logger), offerProjection(logger), viewerProjection(store, logger)].map(
        (spec) => new EventProjection(spec, { prisma, bus: options.bus!, schema: PLAYBACK_OUTBOX_SCHEMA, logger }),
      )
    : [];

  const purgeWatchHistory = async (at = now()) => {
    const cutoff = historyRetentionCutoff(at);
    const rows = await history.anonymizeOlderThan(cutoff, at);
    if (rows > 0) {
      metrics({ kind: 'history-anonymized', rows });
      logger.info({ rows }, 'playback: anonymised watch history past its 90 days');
    }
    // Playback's own events say who watched what too; once published and past the same 90 days they go as well.
    const events = await purgePublishedOutbox(prisma, PLAYBACK_OUTBOX_SCHEMA, new Date(cutoff));
    if (events > 0) logger.info({ events }, 'playback: deleted published events past their 90 days');
    return rows;
  };
  let purgeTimer: NodeJS.Timeout | undefined;
  const purgeIntervalMs = options.purgeIntervalMs === undefined ? DEFAULT_PURGE_INTERVAL_MS : options.purgeIntervalMs;
  const runPurge = () => void purgeWatchHistory().catch((error: unknown) => logger.warn({ err: error }, 'playback: purging watch history failed'));

  const schema = buildPlaybackSchema();
  return {
    name: PLAYBACK_SUBGRAPH_NAME,
    schema,
    async createContext(headers) {
      let identity;
      try {
        identity = await identityFromHeaders(headers, { secret: options.assertionSecret, now: new Date(now()) });
      } catch (error) {
        if (isAuthError(error)) throw playbackError('UNAUTHENTICATED', error.message);
        throw error;
      }
      return {
        identity,
        sessions,
        initiate: (userId, input) => initiatePlayback({ sessions, presence: options.presence, offers, viewers, now }, userId, input),
        handoff: (userId, sessionId, toDeviceId) =>
          handoffPlayback({ sessions, presence: options.presence, commands: options.commands, logger }, userId, sessionId, toDeviceId),
        resume,
        history,
        pubsub: options.pubsub,
        now,
      };
    },
    async flushProjections() {
      for (const projection of projections) await projection.flush();
    },
    async start() {
      for (const projection of projections) await projection.start();
      if (purgeIntervalMs !== null && !purgeTimer) {
        runPurge();
        purgeTimer = setInterval(runPurge, purgeIntervalMs);
        purgeTimer.unref();
      }
    },
    purgeWatchHistory,
    async describe() {
      return {
        sessions: store.kind,
        consumers: projections.map((p) => p.describe()),
        purgeIntervalMs,
      };
    },
    async close() {
      clearInterval(purgeTimer);
      purgeTimer = undefined;
      for (const projection of projections) await projection.stop();
      if (ownsSessions) await store.close();
    },
  };
}
