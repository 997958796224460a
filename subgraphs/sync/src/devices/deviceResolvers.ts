import type { Identity } from '@media-gateway/auth';
import { channels, CommandError, isCommandAck, isPresenceChange, PRESENCE, subscribeIterator } from '@media-gateway/realtime';
import type { CommandAck, DeviceCommand, PubSub, RemoteCommands } from '@media-gateway/realtime';
import type { GraphQLError } from 'graphql';
import type { MutationResolvers, QueryResolvers, SubscriptionResolvers } from '../generated/resolvers.js';
import { toCommandParams, toCommandView, type DeviceCommandView } from './commandView.js';
import { deviceError, badUserInput } from './deviceErrors.js';
import { fromSnapshot, type DevicePresenceChange, type DeviceSnapshot } from './deviceMessages.js';
import { deviceOwner } from './deviceOwner.js';
import type { DevicePresence } from './DevicePresence.js';
import type { DeviceRegistry } from './DeviceRegistry.js';
import { toDeviceView, type DeviceView } from './deviceView.js';
import { isUuid } from '../lib/isUuid.js';
import type { PresenceChangeKind } from './presenceRules.js';

/** The slice of the subgraph's request context these resolvers read. */
export interface DeviceContext {
  identity: Identity;
}

export interface DeviceResolverDeps {
  registry: DeviceRegistry;
  presence: DevicePresence;
  commands: RemoteCommands;
  pubsub: PubSub;
  now: () => number;
}

interface PresenceChangeView {
  kind: PresenceChangeKind;
  device: DeviceView;
  at: Date;
}

/** The fields of devices.graphql, typed by the subgraph's generated resolver types. */
export interface DeviceResolverMap {
  Query: Required<Pick<QueryResolvers<DeviceContext>, 'devices' | 'device' | 'deviceCommand'>>;
  Mutation: Required<
    Pick<
      MutationResolvers<DeviceContext>,
      'registerDevice' | 'renameDevice' | 'removeDevice' | 'heartbeat' | 'disconnectDevice' | 'sendDeviceCommand' | 'acknowledgeCommand'
    >
  >;
  Subscription: Required<Pick<SubscriptionResolvers<DeviceContext>, 'deviceCommands' | 'presenceChanged' | 'commandStatusChanged'>>;
}

const seconds = (ms: number) => Math.round(ms / 1000);

/**
 * Resolvers of devices.graphql. Thin: each reads the caller from `context.identity`, checks the device is theirs
 * through the registry, and hands over to DevicePresence or RemoteCommands. Subscriptions check ownership before
 * any iterator exists and read only the caller's own channels.
 */
export function deviceResolvers(deps: DeviceResolverDeps): DeviceResolverMap {
  const { registry, presence, commands, pubsub, now } = deps;

  const view = async (userId: string, device: Parameters<typeof toDeviceView>[0]) =>
    toDeviceView(device, await presence.get(userId, device.id), now());

  const views = async (userId: string, devices: Parameters<typeof toDeviceView>[0][]) => {
    const live = await presence.list(userId);
    const at = now();
    return devices.map((device) => toDeviceView(device, live.get(device.id) ?? null, at));
  };

  return {
    Query: {
      devices: async (_, __, ctx) => {
        const { userId } = deviceOwner(ctx.identity);
        return views(userId, await registry.list(userId));
      },
      device: async (_, args, ctx) => {
        const { userId } = deviceOwner(ctx.identity);
        const device = await registry.find(userId, args.id);
        return device ? view(userId, device) : null;
      },
      deviceCommand: async (_, args, ctx) => {
        const { userId } = deviceOwner(ctx.identity);
        const command = await commands.get(userId, args.id);
        return command && command.userId === userId ? toCommandView(command) : null;
      },
    },

    Mutation: {
      registerDevice: async (_, args, ctx) => {
        const owner = deviceOwner(ctx.identity);
        const { device, devices } = await registry.register(owner, args.input);
        const all = await views(owner.userId, devices);
        return {
          device: all.find((d) => d.id === device.id) ?? toDeviceView(device, null, now()),
          devices: all,
          heartbeatIntervalSeconds: seconds(PRESENCE.heartbeatIntervalMs),
          offlineAfterSeconds: seconds(PRESENCE.offlineAfterMs),
        };
      },
      renameDevice: async (_, args, ctx) => {
        const { userId } = deviceOwner(ctx.identity);
        return view(userId, await registry.rename(userId, args.id, args.name));
      },
      removeDevice: async (_, args, ctx) => {
        const { userId } = deviceOwner(ctx.identity);
        await presence.removed(await registry.remove(userId, args.id));
        return true;
      },
      heartbeat: async (_, args, ctx) => {
        const { userId } = deviceOwner(ctx.identity);
        const device = await registry.requireOwned(userId, args.deviceId);
        const problems = [
          ...(args.titleId != null && !isUuid(args.titleId) ? ['titleId must be a title id (UUID)'] : []),
          ...(args.sessionId != null && !isUuid(args.sessionId) ? ['sessionId must be a playback session id (UUID)'] : []),
        ];
        if (problems.length > 0) throw badUserInput(problems);
        const { entry, reconcile } = await presence.heartbeat(device, {
          state: args.state ?? 'BROWSING',
          titleId: args.titleId ?? null,
          sessionId: args.sessionId ?? null,
        });
        return {
          device: toDeviceView(device, entry, now()),
          nextHeartbeatSeconds: seconds(PRESENCE.heartbeatIntervalMs),
          reconcile,
        };
      },
      disconnectDevice: async (_, args, ctx) => {
        const { userId } = deviceOwner(ctx.identity);
        return presence.disconnect(await registry.requireOwned(userId, args.deviceId));
      },
      sendDeviceCommand: async (_, args, ctx) => {
        const { userId } = deviceOwner(ctx.identity);
        const { sourceDeviceId, targetDeviceId, type, params } = args.input;
        // §8 "same-owner devices only": both ends must be the caller's.
        await registry.requireOwned(userId, targetDeviceId);
        if (sourceDeviceId != null) await registry.requireOwned(userId, sourceDeviceId);
        const command = await runCommand(() =>
          commands.send(userId, { sourceDeviceId: sourceDeviceId ?? null, targetDeviceId, type, params: toCommandParams(params) }),
        );
        return toCommandView(command, command.deduplicated);
      },
      acknowledgeCommand: async (_, args, ctx) => {
        const { userId } = deviceOwner(ctx.identity);
        await registry.requireOwned(userId, args.deviceId);
        const command = await runCommand(() => commands.acknowledge(userId, args.deviceId, args.commandId, args.status, args.error ?? undefined));
        return toCommandView(command);
      },
    },

    Subscription: {
      deviceCommands: {
        subscribe: async (_, args, ctx) => {
          const { userId } = deviceOwner(ctx.identity);
          await registry.requireOwned(userId, args.deviceId);
          return subscribeIterator<unknown>(pubsub, [channels.deviceCommands(userId, args.deviceId)], {
            filter: (message) => isDeviceCommand(message) && message.userId === userId && message.targetDeviceId === args.deviceId,
          });
        },
        resolve: (message: DeviceCommand): DeviceCommandView => toCommandView(message),
      },
      presenceChanged: {
        subscribe: async (_, __, ctx) => {
          const { userId } = deviceOwner(ctx.identity);
          return subscribeIterator<unknown>(pubsub, [channels.devices(userId)], {
            // Only this module publishes presence changes, always with the device row; anything else is skipped.
            filter: (message) => isPresenceChange(message) && message.userId === userId && (message as DevicePresenceChange).device !== undefined,
          });
        },
        resolve: (message: DevicePresenceChange & { device: DeviceSnapshot }): PresenceChangeView => ({
          kind: message.kind,
          device: toDeviceView(fromSnapshot(message.userId, message.device), liveOrNull(message), message.at),
          at: new Date(message.at),
        }),
      },
      commandStatusChanged: {
        subscribe: async (_, __, ctx) => {
          const { userId } = deviceOwner(ctx.identity);
          return subscribeIterator<unknown>(pubsub, [channels.devices(userId)], {
            filter: (message) => isCommandAck(message) && message.userId === userId && message.command.userId === userId,
          });
        },
        resolve: (message: CommandAck): DeviceCommandView => toCommandView(message.command),
      },
    },
  };
}

/** LEAVE and TIMEOUT carry the device's last entry, but the device is offline now. */
function liveOrNull(message: DevicePresenceChange) {
  return message.kind === 'LEAVE' || message.kind === 'TIMEOUT' ? null : message.presence;
}

function isDeviceCommand(message: unknown): message is DeviceCommand {
  const m = message as Partial<DeviceCommand> | null;
  return typeof m === 'object' && m !== null && typeof m.commandId === 'string' && typeof m.targetDeviceId === 'string';
}

/** RemoteCommands refuses with a `CommandError` whose code is already one of the API's. */
async function runCommand<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw error instanceof CommandError ? toGraphQLError(error) : error;
  }
}

function toGraphQLError(error: CommandError): GraphQLError {
  if (error.code === 'BAD_USER_INPUT') return badUserInput(error.problems.length > 0 ? error.problems : [error.message]);
  return deviceError(error.code, error.message);
}
