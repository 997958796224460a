import type { DeviceCommand } from './DeviceCommand.js';

/** A record and the exact form it was read in, which `replace` compares against. */
export interface StoredCommand {
  command: DeviceCommand;
  version: string;
}

/**
 * Where RemoteCommands keeps command records. Transitions are optimistic: read, compute with the pure state
 * machine, `replace` only if nobody changed the record meanwhile, else read again. That keeps the rules in one
 * place while two replicas acknowledging at once still cannot move a command backwards.
 */
export interface CommandStore {
  insert(command: DeviceCommand, ttlMs: number): Promise<void>;
  read(commandId: string): Promise<StoredCommand | null>;
  /** Writes `next` (keeping the record's ttl) if the record still is `current`; false when it changed or expired. */
  replace(current: StoredCommand, next: DeviceCommand): Promise<boolean>;
  delete(commandId: string): Promise<void>;
  /**
   * Claims `key` for `commandId` for `windowMs` unless it is claimed already: returns null when this call claimed
   * it, else the id that holds it.
   */
  claimDebounce(key: string, commandId: string, windowMs: number): Promise<string | null>;
  close(): Promise<void>;
}
