import { PRESENCE, type PresenceEntry } from '@media-gateway/realtime';

type PresenceState = PresenceEntry['state'];
export type PresenceChangeKind = 'JOIN' | 'LEAVE' | 'TIMEOUT' | 'STATE';
export type DeviceStatus = 'ONLINE' | 'OFFLINE' | 'WATCHING';

/**
 * A device that left or timed out less than this ago and beats again is treated as never having left: its LEAVE or
 * TIMEOUT is held back this long, and a return within it yields one STATE instead of a LEAVE + JOIN pair, so a
 * flapping connection (a phone switching from Wi-Fi to cellular, an app backgrounded for a moment) does not make
 * every other screen of the household flicker. The price: LEAVE and TIMEOUT reach subscribers up to this much (plus
 * one sweep interval) late. The device reads as OFFLINE at once either way — commands to it fail with
 * DEVICE_OFFLINE — only the event waits.
 */
export const DEPARTURE_GRACE_MS = 5_000;

/** `last_seen_at` is written at most this often while a device beats, not on every heartbeat (§8 beats every 30 s). */
export const LAST_SEEN_WRITE_INTERVAL_MS = 60_000;

/**
 * The presence entry as this module writes it: `stateSince` (epoch ms) is when `state` last changed, which the idle
 * rule needs. It rides along in the stored JSON; an entry written without it counts from its `lastSeenAt`.
 */
export type DevicePresenceEntry = PresenceEntry & { stateSince?: number };

/** A held-back departure in the departures store: the device's last entry and how it went. */
export type DepartureEntry = DevicePresenceEntry & { departure: 'LEAVE' | 'TIMEOUT' };

export interface Beat {
  state: PresenceState;
  titleId: string | null;
  sessionId: string | null;
}

/** What is playing only means something while WATCHING or PAUSED; otherwise it is dropped. */
export function normalizeBeat(beat: Beat): Beat {
  const playing = beat.state === 'WATCHING' || beat.state === 'PAUSED';
  return playing ? beat : { state: beat.state, titleId: null, sessionId: null };
}

/** When the state began: carried over while it stays the same (including across a flap), else now. */
export function stateSince(previous: DevicePresenceEntry | null, state: PresenceState, now: number): number {
  if (!previous || previous.state !== state) return now;
  return previous.stateSince ?? previous.lastSeenAt;
}

/**
 * Which event a heartbeat produces (§8 events):
 * - offline before and no departure held: JOIN;
 * - offline before but its departure still held (it left < 5 s ago): STATE, and the held LEAVE/TIMEOUT is dropped;
 * - online before: STATE when the state, title or session changed, nothing otherwise (most beats).
 */
export function presenceChangeOnBeat(previous: PresenceEntry | null, departed: PresenceEntry | null, next: Beat): PresenceChangeKind | null {
  if (!previous) return departed ? 'STATE' : 'JOIN';
  const changed = previous.state !== next.state || previous.titleId !== next.titleId || previous.sessionId !== next.sessionId;
  return changed ? 'STATE' : null;
}

/**
 * §8 "a device offline > 5 min requests full-state reconciliation": true when it was offline and last seen more
 * than 5 minutes ago, or never seen at all.
 */
export function needsReconcile(wasOnline: boolean, lastSeenAt: number | null, now: number): boolean {
  if (wasOnline) return false;
  return lastSeenAt === null || now - lastSeenAt > PRESENCE.reconcileAfterMs;
}

/** OFFLINE without a live entry; WATCHING while playing or paused; ONLINE otherwise. */
export function deviceStatus(entry: PresenceEntry | null): DeviceStatus {
  if (!entry) return 'OFFLINE';
  return entry.state === 'WATCHING' || entry.state === 'PAUSED' ? 'WATCHING' : 'ONLINE';
}

/**
 * The state a device shows. §8 "idle after 5 min inactive": a device that says IDLE is idle, and so is one that has
 * been BROWSING for 5 minutes without a change (a TV left on the home screen). WATCHING and PAUSED never turn idle
 * by time: a film plays for hours without a state change, and a paused one can still be resumed remotely.
 */
export function effectiveState(entry: DevicePresenceEntry | null, now: number): PresenceState | null {
  if (!entry) return null;
  if (entry.state === 'BROWSING' && now - (entry.stateSince ?? entry.lastSeenAt) >= PRESENCE.idleAfterMs) return 'IDLE';
  return entry.state;
}

/** Whether `last_seen_at` is due a write after a beat at `now`. */
export function lastSeenWriteDue(lastSeenAt: number | null, now: number): boolean {
  return lastSeenAt === null || now - lastSeenAt >= LAST_SEEN_WRITE_INTERVAL_MS;
}
