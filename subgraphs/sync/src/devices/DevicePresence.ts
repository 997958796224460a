import { channels, PRESENCE, type PresenceStore, type PubSub } from '@media-gateway/realtime';
import type { Logger } from '@media-gateway/runtime';
import type { DeviceRecord } from './DeviceRecord.js';
import { toSnapshot, type DevicePresenceChange } from './deviceMessages.js';
import type { DeviceStore } from './DeviceStore.js';
import {
  DEPARTURE_GRACE_MS,
  LAST_SEEN_WRITE_INTERVAL_MS,
  lastSeenWriteDue,
  needsReconcile,
  normalizeBeat,
  presenceChangeOnBeat,
  stateSince,
  type Beat,
  type DepartureEntry,
  type DevicePresenceEntry,
  type PresenceChangeKind,
} from './presenceRules.js';

export interface DevicePresenceOptions {
  store: DeviceStore;
  /** Who is online: shared with RemoteCommands and playback, which read it. */
  presence: PresenceStore;
  /** Held-back departures (see `DEPARTURE_GRACE_MS`): a store of its own, entries keyed like `presence`'s. */
  departures: PresenceStore;
  pubsub: PubSub;
  logger: Logger;
  now: () => number;
}

export interface SweepResult {
  /** Devices whose heartbeats stopped, now held for the grace period. */
  timedOut: number;
  /** LEAVE/TIMEOUT events published after their grace period. */
  published: number;
}

/**
 * Presence of registered devices (§8): heartbeats, goodbyes, timeouts and the events they cause on
 * `channels.devices(userId)`. Postgres is written only when the last-seen time is a minute stale and on departures;
 * every beat otherwise costs two presence-store round trips.
 */
export class DevicePresence {
  constructor(private readonly options: DevicePresenceOptions) {}

  get(userId: string, deviceId: string): Promise<DevicePresenceEntry | null> {
    return this.options.presence.get(userId, deviceId);
  }

  async list(userId: string): Promise<Map<string, DevicePresenceEntry>> {
    const entries = await this.options.presence.list(userId);
    return new Map(entries.map((entry) => [entry.deviceId, entry]));
  }

  /** Marks the device online in `beat`'s state; answers whether it must reconcile (offline > 5 min or never seen). */
  async heartbeat(device: DeviceRecord, input: Beat): Promise<{ entry: DevicePresenceEntry; reconcile: boolean }> {
    const { presence, departures, now } = this.options;
    const at = now();
    const beat = normalizeBeat(input);
    const previous: DevicePresenceEntry | null = await presence.get(device.userId, device.id);
    // Back within the grace period: its held LEAVE/TIMEOUT is cancelled here (remove is atomic, so either this beat
    // or the sweeper gets it, never both).
    const held = previous ? null : await departures.remove(device.userId, device.id);
    const departed = held ? withoutDeparture(held as DepartureEntry) : null;
    const entry: DevicePresenceEntry = {
      userId: device.userId,
      deviceId: device.id,
      name: device.name,
      deviceType: device.type,
      platform: device.platform,
      capabilities: {
        remoteControllable: device.capabilities.remoteControllable,
        canCast: device.capabilities.canCast,
        canReceiveCast: device.capabilities.canReceiveCast,
      },
      ...beat,
      lastSeenAt: at,
      stateSince: stateSince(previous ?? departed, beat.state, at),
    };
    // What `beat` replaced decides the event, not the `get` above: the sweeper may have claimed the entry between.
    const replaced = await presence.beat(entry, PRESENCE.offlineAfterMs);
    const kind = presenceChangeOnBeat(replaced, departed, beat);
    const reconcile = needsReconcile(replaced !== null || departed !== null, departed?.lastSeenAt ?? device.lastSeenAt?.getTime() ?? null, at);

    let record = device;
    if (lastSeenWriteDue(device.lastSeenAt?.getTime() ?? null, at)) {
      await this.options.store.recordSeen(device.userId, device.id, new Date(at), LAST_SEEN_WRITE_INTERVAL_MS);
      record = { ...device, lastSeenAt: new Date(at) };
    }
    if (kind) await this.publish(kind, record, entry, at);
    return { entry, reconcile };
  }

  /** The device said goodbye: offline at once, LEAVE after the grace period. False when it was not online. */
  async disconnect(device: DeviceRecord): Promise<boolean> {
    const { presence, departures, now } = this.options;
    const entry = await presence.remove(device.userId, device.id);
    if (!entry) return false;
    const at = now();
    // A goodbye is a sign of life too: the precise last-seen time makes the next `reconcile` exact.
    const departure: DepartureEntry = { ...entry, lastSeenAt: at, departure: 'LEAVE' };
    await departures.beat(departure, DEPARTURE_GRACE_MS);
    await this.options.store.recordSeen(device.userId, device.id, new Date(at), 0);
    return true;
  }

  /** The device was deleted: it cannot come back, so its LEAVE (when it was online) goes out at once. */
  async removed(device: DeviceRecord): Promise<void> {
    const { presence, departures, now } = this.options;
    const [entry, departed] = await Promise.all([presence.remove(device.userId, device.id), departures.remove(device.userId, device.id)]);
    const last = entry ?? (departed ? withoutDeparture(departed as DepartureEntry) : null);
    if (last) await this.publish('LEAVE', device, last, now());
  }

  /**
   * One sweep, run every few seconds by the module's timer (any number of replicas may sweep; each timeout is
   * claimed by exactly one). Devices whose ttl passed are held as TIMEOUT departures; departures whose grace passed
   * are published — unless the device is back, in which case its own heartbeat already said JOIN.
   */
  async sweep(): Promise<SweepResult> {
    const { presence, departures, store, now } = this.options;
    const at = now();
    const expired = await presence.claimExpired(at);
    for (const entry of expired) {
      const departure: DepartureEntry = { ...entry, departure: 'TIMEOUT' };
      await departures.beat(departure, DEPARTURE_GRACE_MS);
      await store.recordSeen(entry.userId, entry.deviceId, new Date(entry.lastSeenAt), 0);
    }

    let published = 0;
    for (const held of (await departures.claimExpired(at)) as DepartureEntry[]) {
      const departed = withoutDeparture(held);
      const { userId, deviceId } = departed;
      if (await presence.get(userId, deviceId)) continue;
      const device = await store.get(userId, deviceId);
      if (!device) continue; // removed meanwhile: `removed` published its LEAVE
      await this.publish(held.departure === 'TIMEOUT' ? 'TIMEOUT' : 'LEAVE', device, departed, at);
      published += 1;
      // It came back between the check above and the publish, and its beat's JOIN may have gone out first:
      // say JOIN again so the last word subscribers hear is the true one.
      const back = await presence.get(userId, deviceId);
      if (back) await this.publish('JOIN', device, back, now());
    }
    return { timedOut: expired.length, published };
  }

  private async publish(kind: PresenceChangeKind, device: DeviceRecord, entry: DevicePresenceEntry, at: number): Promise<void> {
    const message: DevicePresenceChange = { userId: device.userId, deviceId: device.id, kind, presence: entry, at, device: toSnapshot(device) };
    try {
      await this.options.pubsub.publish(channels.devices(device.userId), message);
    } catch (error) {
      // Presence events are fire-and-forget (§8): the beat itself succeeded, and devices poll `devices` to resync.
      this.options.logger.warn({ err: error, kind, deviceId: device.id }, 'devices: publishing a presence change failed');
    }
  }
}

function withoutDeparture({ departure: _departure, ...entry }: DepartureEntry): DevicePresenceEntry {
  return entry;
}
