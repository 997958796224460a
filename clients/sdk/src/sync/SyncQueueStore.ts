export type QueuedOperationKind = 'WATCHLIST_ADD' | 'WATCHLIST_REMOVE' | 'PROGRESS' | 'PREFERENCE';

/**
 * One library change a device made and has not had acknowledged yet, in the shape `ApplySyncOperations` takes
 * (`SyncOperationInput`). Its `hlc` (the device's clock, node = device id) identifies it: the server counts an
 * operation it has seen before as a duplicate, so replaying one is safe.
 */
export interface QueuedOperation {
  kind: QueuedOperationKind;
  /** `formatHlc` string, e.g. `001763892000000-00000-<deviceId>`. */
  hlc: string;
  /** WATCHLIST_ADD, WATCHLIST_REMOVE, PROGRESS */
  titleId?: string;
  /** WATCHLIST_ADD: 0–100 */
  priority?: number;
  /** WATCHLIST_ADD */
  reason?: string | null;
  /** WATCHLIST_REMOVE: the add tags the device had seen */
  tags?: string[];
  /** PROGRESS */
  positionSeconds?: number;
  /** PROGRESS */
  durationSeconds?: number;
  /** PREFERENCE */
  key?: string;
  /** PREFERENCE */
  value?: string;
}

/**
 * Where a device keeps its queue between runs (IndexedDB or localStorage in a browser, a file for the CLI). `save`
 * replaces the whole queue; it is called after every change, so a crash loses nothing that was acknowledged to the
 * caller.
 */
export interface SyncQueueStore {
  load(): Promise<QueuedOperation[]>;
  save(queue: QueuedOperation[]): Promise<void>;
}

/** Keeps the queue for the life of the process. */
export class MemorySyncQueueStore implements SyncQueueStore {
  private queue: QueuedOperation[];

  constructor(initial: QueuedOperation[] = []) {
    this.queue = structuredClone(initial);
  }

  async load(): Promise<QueuedOperation[]> {
    return structuredClone(this.queue);
  }

  async save(queue: QueuedOperation[]): Promise<void> {
    this.queue = structuredClone(queue);
  }
}
