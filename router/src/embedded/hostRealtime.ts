import { RemoteCommands, createPresenceStore, createPubSub, type PresenceStore, type PubSub } from '@media-gateway/realtime';
import type { Lifecycle, Logger } from '@media-gateway/runtime';

export interface HostedRealtime {
  pubsub: PubSub;
  presence: PresenceStore;
  commands: RemoteCommands;
}

/**
 * The live-state adapters every hosted subgraph shares: one PubSub, one presence store and one remote-command
 * service, so a LOAD that playback's handoff sends is the same command sync's `acknowledgeCommand` finds, and both see
 * the same devices online. With REDIS_URL they live in Redis and other replicas (routers, standalone subgraphs) share
 * them; without it they are in this process's memory.
 */
export async function hostRealtime(redisUrl: string | undefined, logger: Logger, lifecycle: Lifecycle): Promise<HostedRealtime> {
  const pubsub = await createPubSub({ ...(redisUrl ? { redisUrl } : {}), logger });
  lifecycle.add('pubsub', () => pubsub.close());
  const presence = await createPresenceStore(redisUrl ? { redisUrl } : {});
  lifecycle.add('presence store', () => presence.close());
  const commands = new RemoteCommands({ pubsub, presence, ...(redisUrl ? { redisUrl } : {}), logger });
  lifecycle.add('remote commands', () => commands.close());
  return { pubsub, presence, commands };
}
