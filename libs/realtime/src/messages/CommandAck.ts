import type { DeviceCommand } from '../commands/DeviceCommand.js';

/**
 * On `channels.devices(userId)`: a command's status changed (an acknowledgement from its target, or EXPIRED when
 * nobody acknowledged it in time). `command` is the record after the change.
 */
export interface CommandAck {
  userId: string;
  command: DeviceCommand;
}

/** Tells a CommandAck from the PresenceChanges sharing its channel. */
export function isCommandAck(message: unknown): message is CommandAck {
  const m = message as Partial<CommandAck> | null;
  return typeof m === 'object' && m !== null && typeof m.command === 'object' && m.command !== null && typeof m.command.commandId === 'string';
}
