import type { CommandStore, StoredCommand } from './CommandStore.js';
import type { DeviceCommand } from './DeviceCommand.js';

interface Slot<T> {
  value: T;
  expiresAt: number;
}

/** In-process command records; every operation runs without an await in between, so it is atomic as it stands. */
export class MemoryCommandStore implements CommandStore {
  private readonly records = new Map<string, Slot<string>>();
  private readonly debounce = new Map<string, Slot<string>>();

  constructor(private readonly now: () => number) {}

  async insert(command: DeviceCommand, ttlMs: number): Promise<void> {
    sweep(this.records, this.now());
    this.records.set(command.commandId, { value: JSON.stringify(command), expiresAt: this.now() + ttlMs });
  }

  async read(commandId: string): Promise<StoredCommand | null> {
    const slot = live(this.records, commandId, this.now());
    return slot ? { command: JSON.parse(slot.value) as DeviceCommand, version: slot.value } : null;
  }

  async replace(current: StoredCommand, next: DeviceCommand): Promise<boolean> {
    const slot = live(this.records, current.command.commandId, this.now());
    if (!slot || slot.value !== current.version) return false;
    slot.value = JSON.stringify(next);
    return true;
  }

  async delete(commandId: string): Promise<void> {
    this.records.delete(commandId);
  }

  async claimDebounce(key: string, commandId: string, windowMs: number): Promise<string | null> {
    const now = this.now();
    sweep(this.debounce, now);
    const held = live(this.debounce, key, now);
    if (held) return held.value;
    this.debounce.set(key, { value: commandId, expiresAt: now + windowMs });
    return null;
  }

  async close(): Promise<void> {
    this.records.clear();
    this.debounce.clear();
  }
}

function live<T>(map: Map<string, Slot<T>>, key: string, now: number): Slot<T> | null {
  const slot = map.get(key);
  if (!slot) return null;
  if (slot.expiresAt > now) return slot;
  map.delete(key);
  return null;
}

/** Every slot of a map gets the same ttl, so insertion order is expiry order: drop expired ones from the front. */
function sweep<T>(map: Map<string, Slot<T>>, now: number): void {
  for (const [key, slot] of map) {
    if (slot.expiresAt > now) return;
    map.delete(key);
  }
}
