import type { PresenceStore, PubSub, RemoteCommands } from '@media-gateway/realtime';
import { presenceEntry } from '../presence/presenceEntry.js';

export const USER = 'user-1';
export const OTHER_USER = 'user-2';
export const TITLE = '6f1c1e0e-8d4b-4c8e-9a53-2f9f0f4f1a11';

export interface CommandsHarness {
  commands: RemoteCommands;
  pubsub: PubSub;
  presence: PresenceStore;
  /** The injected clock RemoteCommands goes by. */
  clock: { now(): number; set(t: number): void; advance(ms: number): void };
  dispose(): Promise<void>;
}

export function fakeClock(start: number) {
  let now = start;
  return {
    now: () => now,
    set: (t: number) => void (now = t),
    advance: (ms: number) => void (now += ms),
  };
}

/** Puts the usual devices online: a TV that is watching, a phone that is browsing, a web app that is not controllable. */
export async function putDevicesOnline(presence: PresenceStore, userId = USER): Promise<void> {
  const ttl = 10 * 60_000;
  await presence.beat(presenceEntry({ userId, deviceId: 'tv', state: 'WATCHING', titleId: TITLE, sessionId: 's1' }), ttl);
  await presence.beat(presenceEntry({ userId, deviceId: 'phone', deviceType: 'PHONE', platform: 'iOS' }), ttl);
  await presence.beat(
    presenceEntry({
      userId,
      deviceId: 'web',
      deviceType: 'WEB',
      platform: 'Web',
      capabilities: { remoteControllable: false, canCast: true, canReceiveCast: false },
    }),
    ttl,
  );
}

/** Records the messages on some channels. */
export async function record(pubsub: PubSub, ...channels: string[]) {
  const messages: unknown[] = [];
  const unsubscribes = await Promise.all(channels.map((channel) => pubsub.subscribe(channel, (message) => messages.push(message))));
  return { messages, stop: () => Promise.all(unsubscribes.map((unsubscribe) => unsubscribe())) };
}
