import { CommandError } from '../errors.js';
import type { PresenceEntry, PresenceState } from '../presence/PresenceStore.js';
import type { CommandType } from './DeviceCommand.js';

/** Commands that act on what is playing (§8: "rejected if … seek with nothing playing"). */
const NEEDS_PLAYING: Partial<Record<CommandType, readonly PresenceState[]>> = {
  PLAY: ['PAUSED', 'WATCHING'],
  PAUSE: ['WATCHING', 'PAUSED'],
  STOP: ['WATCHING', 'PAUSED'],
  SEEK: ['WATCHING', 'PAUSED'],
};

/**
 * Whether the target can take this command now, by its presence entry: online (for this user), controllable
 * (LOAD/CAST need `canReceiveCast` instead, §8 "load/cast content"), and playing something where that matters.
 */
export function checkTarget(userId: string, targetDeviceId: string, type: CommandType, presence: PresenceEntry | null): void {
  if (!presence || presence.userId !== userId || presence.deviceId !== targetDeviceId) {
    throw new CommandError('DEVICE_OFFLINE', `device ${targetDeviceId} is offline`);
  }
  const casting = type === 'LOAD' || type === 'CAST';
  if (casting ? !presence.capabilities.canReceiveCast : !presence.capabilities.remoteControllable) {
    const needs = casting ? 'cannot receive a cast' : 'is not remote-controllable';
    throw new CommandError('DEVICE_NOT_CONTROLLABLE', `device ${targetDeviceId} ${needs}`);
  }
  const states = NEEDS_PLAYING[type];
  if (states && !states.includes(presence.state)) {
    throw new CommandError('NOTHING_PLAYING', `${type} needs device ${targetDeviceId} to be playing something; it is ${presence.state}`);
  }
}
