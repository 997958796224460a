import type { PrismaClient } from '@media-gateway/db';
import { MemoryPresenceStore, type PresenceStore, type PubSub, type RemoteCommands } from '@media-gateway/realtime';
import type { Logger } from '@media-gateway/runtime';
import { DevicePresence, type SweepResult } from './DevicePresence.js';
import { DeviceRegistry } from './DeviceRegistry.js';
import { deviceResolvers, type DeviceResolverMap } from './deviceResolvers.js';
import { PrismaDeviceStore } from './PrismaDeviceStore.js';

/** How often the presence sweeper looks for timed-out devices and expired departure graces. */
export const DEFAULT_SWEEP_INTERVAL_MS = 2_000;

/** Where replicas share held departures in Redis: a presence store of their own, apart from live presence. */
export const DEPARTURES_KEY_PREFIX = 'mg:rt:departures:';

export interface DeviceModuleDeps {
  prisma: PrismaClient;
  pubsub: PubSub;
  /** Who is online; the same store RemoteCommands and playback read. */
  presence: PresenceStore;
  commands: RemoteCommands;
  logger: Logger;
  /**
   * Where LEAVE/TIMEOUT wait out their 5 s grace (see `DEPARTURE_GRACE_MS`). Give replicas a shared one — a Redis
   * presence store under its own key prefix, `createPresenceStore({ redisUrl, keyPrefix: DEPARTURES_KEY_PREFIX })`
   * — so a device that flaps between replicas still yields one STATE and a held event survives a restart. Closed by
   * its creator.
   * @default an in-process store (embedded mode), closed by `close()`
   */
  departures?: PresenceStore;
  /** @default 2000 */
  sweepIntervalMs?: number;
  /** @default Date.now */
  now?: () => number;
}

export interface DeviceModule {
  /** Query/Mutation/Subscription fields of devices.graphql, to merge into the subgraph's resolver map. */
  resolvers: DeviceResolverMap;
  registry: {
    /** The caller's device, or a NOT_FOUND GraphQLError (unknown, malformed, or another user's id). */
    requireOwned(userId: string, deviceId: string): Promise<void>;
  };
  /** Starts the presence sweeper. */
  start(): Promise<void>;
  /** One sweep now: what the timer runs. For tests and tools. */
  sweep(): Promise<SweepResult>;
  close(): Promise<void>;
}

/**
 * Devices, presence and remote control (PRODUCT_SPEC §8) inside the sync subgraph: the Postgres registry, presence
 * over the shared PresenceStore with the sweeper that turns missed beats into TIMEOUTs, and commands through
 * RemoteCommands.
 */
export function createDeviceModule(deps: DeviceModuleDeps): DeviceModule {
  const now = deps.now ?? Date.now;
  const sweepIntervalMs = deps.sweepIntervalMs ?? DEFAULT_SWEEP_INTERVAL_MS;
  if (!(Number.isInteger(sweepIntervalMs) && sweepIntervalMs > 0)) {
    throw new TypeError(`createDeviceModule: \`sweepIntervalMs\` must be a positive integer, got ${deps.sweepIntervalMs}`);
  }
  const store = new PrismaDeviceStore(deps.prisma);
  const registry = new DeviceRegistry(store);
  const departures = deps.departures ?? new MemoryPresenceStore(now);
  const presence = new DevicePresence({ store, presence: deps.presence, departures, pubsub: deps.pubsub, logger: deps.logger, now });

  let timer: ReturnType<typeof setInterval> | undefined;
  let sweeping: Promise<unknown> | undefined;
  const tick = () => {
    // A slow sweep (Redis hiccup) is not overlapped by the next one.
    if (sweeping) return;
    sweeping = presence
      .sweep()
      .catch((error: unknown) => deps.logger.warn({ err: error }, 'devices: presence sweep failed'))
      .finally(() => (sweeping = undefined));
  };

  return {
    resolvers: deviceResolvers({ registry, presence, commands: deps.commands, pubsub: deps.pubsub, now }),
    registry: {
      async requireOwned(userId, deviceId) {
        await registry.requireOwned(userId, deviceId);
      },
    },
    async start() {
      if (timer) return;
      timer = setInterval(tick, sweepIntervalMs);
      timer.unref();
    },
    sweep: () => presence.sweep(),
    async close() {
      clearInterval(timer);
      timer = undefined;
      await sweeping;
      if (departures !== deps.departures) await departures.close();
    },
  };
}
