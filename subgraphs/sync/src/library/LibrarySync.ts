import type { HybridClock } from '@media-gateway/crdt';
import { channels, subscribeIterator, type PubSub } from '@media-gateway/realtime';
import type { Logger } from '@media-gateway/runtime';
import { isUuid } from '../lib/isUuid.js';
import type { SyncMetrics } from '../syncMetrics.js';
import type { ApplyOperationsResult, ConsumedPosition, LibraryStore } from '../store/LibraryStore.js';
import { isLibraryChange, type LibraryChange } from './LibraryChange.js';
import type { LibraryOperation, SyncOperationInput } from './LibraryOperation.js';
import type { LibraryRecord, SyncPageRecord } from './LibraryRecords.js';
import { SyncInputError } from './SyncInputError.js';
import { decodeSyncCursor } from './syncCursor.js';
import { validateOperation, validateOperations } from './validateOperations.js';

/** §9 / the API: `syncSince(first)` is 1–500. */
export const MAX_SYNC_PAGE = 500;

/** Which devices a user registered (the device module's registry). Throws NOT_FOUND for any other device. */
export interface DeviceOwnership {
  requireOwned(userId: string, deviceId: string): Promise<unknown>;
}

export interface LibrarySyncOptions {
  store: LibraryStore;
  pubsub: PubSub;
  /** The server's clock: every device timestamp is merged into it, and one too far ahead of it is refused. */
  clock: HybridClock;
  devices: DeviceOwnership;
  logger: Logger;
  metrics?: SyncMetrics | null;
}

/**
 * The library use cases behind the resolvers and the playback consumer: check, apply in one transaction, then tell
 * the user's other devices. Publishing happens after the commit, so a subscriber never hears of a change a query
 * cannot see yet; a lost message costs nothing durable (`syncSince` has it).
 */
export class LibrarySync {
  constructor(private readonly options: LibrarySyncOptions) {}

  async library(userId: string, profileId: string): Promise<LibraryRecord> {
    if (!isUuid(profileId)) throw new SyncInputError([profileProblem(profileId)]);
    return this.options.store.library(userId, profileId);
  }

  async syncSince(userId: string, profileId: string, cursor: string | null, first: number): Promise<SyncPageRecord> {
    const problems: string[] = [];
    if (!isUuid(profileId)) problems.push(profileProblem(profileId));
    if (!Number.isInteger(first) || first < 1 || first > MAX_SYNC_PAGE) problems.push(`first must be between 1 and ${MAX_SYNC_PAGE}, got ${first}`);
    const after = cursor === null ? null : decodeSyncCursor(cursor);
    if (cursor !== null && after === null) problems.push('cursor is not one this API issued; load `library` for a fresh one');
    if (problems.length > 0) throw new SyncInputError(problems);
    return this.options.store.operationsSince(userId, profileId, after, first);
  }

  /** A device's queued operations (`applySyncOperations`): all checked before any is applied. */
  applyBatch(userId: string, profileId: string, deviceId: string, inputs: readonly SyncOperationInput[]): Promise<ApplyOperationsResult> {
    return this.applyFromDevice(userId, profileId, deviceId, () => validateOperations(inputs, deviceId, this.options.clock), true);
  }

  /** One operation (`addToWatchlist`, `reportProgress`, ...); problems are worded without a batch index. */
  applyOne(userId: string, profileId: string, deviceId: string, input: SyncOperationInput): Promise<ApplyOperationsResult> {
    return this.applyFromDevice(
      userId,
      profileId,
      deviceId,
      () => {
        const { operation, problems, reason } = validateOperation(input, deviceId, this.options.clock);
        if (!operation) throw new SyncInputError(problems, reason);
        return [operation];
      },
      false,
    );
  }

  /** An operation another subgraph reported (playback positions), recorded with the event's position. */
  async applyConsumed(userId: string, profileId: string, operation: LibraryOperation, consumed: ConsumedPosition): Promise<ApplyOperationsResult> {
    const result = await this.options.store.applyOperations({ userId, profileId, operations: [operation], consumed });
    this.options.metrics?.observe('playback', result);
    await this.publish(userId, result.changes);
    return result;
  }

  /**
   * The caller's library changes as they commit, only `profileId`'s when given. Resolves once subscribed, so
   * nothing committed after it resolves is missed.
   */
  async subscribe(userId: string, profileId: string | null): Promise<AsyncIterableIterator<LibraryChange>> {
    if (profileId !== null && !isUuid(profileId)) throw new SyncInputError([profileProblem(profileId)]);
    return subscribeIterator<LibraryChange>(this.options.pubsub, [channels.library(userId)], {
      // The channel is the user's already; checking the message too keeps a stray publish from ever crossing users.
      filter: (change) => isLibraryChange(change) && change.userId === userId && (profileId === null || change.profileId === profileId),
    });
  }

  private async applyFromDevice(
    userId: string,
    profileId: string,
    deviceId: string,
    validate: () => LibraryOperation[],
    withLibrary: boolean,
  ): Promise<ApplyOperationsResult> {
    // Input first (no database work for a bad request), then the device, then the write.
    const problems = isUuid(profileId) ? [] : [profileProblem(profileId)];
    let operations: LibraryOperation[] = [];
    try {
      operations = validate();
    } catch (error) {
      if (!(error instanceof SyncInputError)) throw error;
      if (error.reason === 'HLC_CLOCK_DRIFT') {
        this.options.metrics?.drift();
        this.options.logger.warn({ userId, deviceId, problems: error.problems }, 'sync: refused a device timestamp too far ahead of the server clock');
      }
      throw new SyncInputError([...problems, ...error.problems], error.reason);
    }
    if (problems.length > 0) throw new SyncInputError(problems);
    await this.options.devices.requireOwned(userId, deviceId);
    const result = await this.options.store.applyOperations({ userId, profileId, operations, withLibrary });
    this.options.metrics?.observe('client', result);
    await this.publish(userId, result.changes);
    return result;
  }

  private async publish(userId: string, changes: readonly LibraryChange[]): Promise<void> {
    const channel = channels.library(userId);
    // In order, so a subscriber sees a batch's changes in the order they were applied.
    for (const change of changes) {
      try {
        await this.options.pubsub.publish(channel, change);
      } catch (error) {
        this.options.logger.warn({ err: error, userId, cursor: change.cursor }, 'sync: publishing a library change failed; devices catch up with syncSince');
      }
    }
  }
}

function profileProblem(profileId: unknown): string {
  return `profileId must be a profile's UUID, got ${JSON.stringify(profileId)}`;
}
