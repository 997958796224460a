import type { QueuedOperation, SyncQueueStore } from '@media-gateway/sdk';
import { configError } from '../errors.js';
import { readIfExists, writePrivateFile } from '../lib/privateFiles.js';

interface QueueFile {
  version: 1;
  queues: Record<string, QueuedOperation[]>;
}

/**
 * The SDK's `SyncQueueStore` over `sync-queue.json`: the watchlist changes made while the server could not be
 * reached, replayed by the next `watchlist sync` (or the next change). One queue per server, account profile and
 * device, so a queue never replays into another account or profile after a switch.
 */
export class FileSyncQueueStore implements SyncQueueStore {
  readonly key: string;

  constructor(
    readonly path: string,
    scope: { issuer: string; profileId: string; deviceId: string },
  ) {
    this.key = `${scope.issuer} ${scope.profileId} ${scope.deviceId}`;
  }

  async load(): Promise<QueuedOperation[]> {
    return (await this.read()).queues[this.key] ?? [];
  }

  async save(queue: QueuedOperation[]): Promise<void> {
    const file = await this.read();
    if (queue.length > 0) file.queues[this.key] = queue;
    else if (file.queues[this.key]) delete file.queues[this.key];
    else return;
    await writePrivateFile(this.path, JSON.stringify(file, null, 2) + '\n');
  }

  private async read(): Promise<QueueFile> {
    const text = await readIfExists(this.path);
    if (text === undefined) return { version: 1, queues: {} };
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      throw configError(this.path, 'not valid JSON (delete it to drop the unsent changes)');
    }
    const file = parsed as Partial<QueueFile> | null;
    if (file?.version !== 1 || typeof file.queues !== 'object' || file.queues === null || !Object.values(file.queues).every(Array.isArray)) {
      throw configError(this.path, 'not a sync queue this CLI wrote (delete it to drop the unsent changes)');
    }
    return file as QueueFile;
  }
}
