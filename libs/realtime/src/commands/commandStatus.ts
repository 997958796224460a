import { CommandError } from '../errors.js';
import type { AckStatus, CommandStatus, DeviceCommand } from './DeviceCommand.js';

// The §8 acknowledgement state machine, pure so both stores share it: a store only has to swap a record atomically.

const RANK: Record<CommandStatus, number> = { PENDING: 0, RECEIVED: 1, EXECUTING: 2, COMPLETED: 3, FAILED: 3, EXPIRED: 3 };
const MAX_ERROR_LENGTH = 1000;

export function isFinal(status: CommandStatus): boolean {
  return RANK[status] === 3;
}

/**
 * The command as it reads at `now`: one that has not finished (COMPLETED/FAILED) by `expiresAt` is EXPIRED from
 * then on, whether or not a timer has written that down yet. A RECEIVED or EXECUTING one too: §8's completion
 * timeout is the same 5 s, and no later acknowledgement is accepted.
 */
export function commandAsOf(command: DeviceCommand, now: number): DeviceCommand {
  if (isFinal(command.status) || now < command.expiresAt) return command;
  return { ...command, status: 'EXPIRED', statusAt: command.expiresAt };
}

/**
 * The record after the target reports `status`, or null when it is a repeat (acknowledgements are retried over
 * flaky networks, so a repeat answers with the record instead of an error). Throws CONFLICT after expiry and for a
 * transition that goes backwards or from one final status to another.
 */
export function applyAck(command: DeviceCommand, status: AckStatus, error: string | null | undefined, now: number): DeviceCommand | null {
  if (command.status === status && (isFinal(status) || now < command.expiresAt)) return null;
  const current = commandAsOf(command, now);
  if (current.status === 'EXPIRED') {
    throw new CommandError('CONFLICT', `command ${command.commandId} expired at ${new Date(command.expiresAt).toISOString()}`);
  }
  if (RANK[status] <= RANK[current.status]) {
    throw new CommandError('CONFLICT', `command ${command.commandId} is ${current.status}; it cannot become ${status}`);
  }
  return {
    ...command,
    status,
    statusAt: now,
    error: status === 'FAILED' ? (error ?? '').slice(0, MAX_ERROR_LENGTH) || null : null,
  };
}

/** The record to write down once it has expired, or null when there is nothing to write. */
export function expireCommand(command: DeviceCommand, now: number): DeviceCommand | null {
  if (command.status === 'EXPIRED') return null;
  const current = commandAsOf(command, now);
  return current.status === 'EXPIRED' ? current : null;
}

/** The record with one more delivery counted, or null when it must not be re-sent (acknowledged or expired). */
export function countRetry(command: DeviceCommand, now: number): DeviceCommand | null {
  if (command.status !== 'PENDING' || now >= command.expiresAt) return null;
  return { ...command, attempts: command.attempts + 1 };
}
