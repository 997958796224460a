import { compareHlc, parseHlc, type Hlc, type HybridClock } from '@media-gateway/crdt';
import { isUuid } from '../lib/isUuid.js';
import { preferenceProblems, type PreferenceKey } from '../preferences/preferenceKeys.js';
import { progressProblems } from '../progress/applyProgressUpdate.js';
import { watchlistOperationProblems } from '../watchlist/applyWatchlistOperation.js';
import { checkClientHlc } from './checkClientHlc.js';
import { SYNC_OPERATION_KINDS, type LibraryOperation, type SyncOperationInput, type SyncOperationKind } from './LibraryOperation.js';
import { SyncInputError, type HlcProblemReason } from './SyncInputError.js';

/** §9 replays the offline queue in batches of 50; 100 leaves room without letting one request hold the lock long. */
export const MAX_OPERATIONS_PER_BATCH = 100;
/** A remove names the add tags its device saw; a title rarely has more than a few. */
export const MAX_TAGS_PER_REMOVE = 100;

type Field = Exclude<keyof SyncOperationInput, 'kind' | 'hlc'>;
const FIELDS: Record<SyncOperationKind, readonly Field[]> = {
  WATCHLIST_ADD: ['titleId', 'priority', 'reason'],
  WATCHLIST_REMOVE: ['titleId', 'tags'],
  PROGRESS: ['titleId', 'positionSeconds', 'durationSeconds'],
  PREFERENCE: ['key', 'value'],
};
const ALL_FIELDS: readonly Field[] = ['titleId', 'priority', 'reason', 'tags', 'positionSeconds', 'durationSeconds', 'key', 'value'];
/** When several timestamps are bad, the reason names the most basic failure. */
const REASON_ORDER: readonly HlcProblemReason[] = ['HLC_MALFORMED', 'HLC_NODE_MISMATCH', 'HLC_CLOCK_DRIFT'];
const PLACEHOLDER_HLC: Hlc = { physical: 0, logical: 0, node: 'placeholder' };

/**
 * A device's operations checked as a whole before any is applied: the batch size, each operation's fields for its
 * kind (a field another kind uses is a mistake too), and each timestamp (`checkClientHlc`). Every problem is
 * reported at once, prefixed with the operation's index, in one `SyncInputError`. The operations come back in HLC
 * order, the order §9 replays a queue in and the one every replica applies them in.
 */
export function validateOperations(inputs: readonly SyncOperationInput[], deviceId: string, clock: HybridClock): LibraryOperation[] {
  const problems: string[] = [];
  const reasons = new Set<HlcProblemReason>();
  if (inputs.length < 1 || inputs.length > MAX_OPERATIONS_PER_BATCH) {
    problems.push(`operations must hold 1 to ${MAX_OPERATIONS_PER_BATCH} operations, got ${inputs.length}`);
  }
  const operations: LibraryOperation[] = [];
  inputs.slice(0, MAX_OPERATIONS_PER_BATCH).forEach((input, index) => {
    const result = validateOperation(input, deviceId, clock);
    for (const problem of result.problems) problems.push(`operations[${index}]: ${problem}`);
    if (result.reason) reasons.add(result.reason);
    if (result.operation) operations.push(result.operation);
  });
  if (problems.length > 0) throw new SyncInputError(problems, REASON_ORDER.find((reason) => reasons.has(reason)) ?? null);
  return operations.sort((a, b) => compareHlc(a.hlc, b.hlc));
}

/** One operation; for the single-operation mutations, which answer the same problems in the same words. */
export function validateOperation(
  input: SyncOperationInput,
  deviceId: string,
  clock: HybridClock,
): { operation: LibraryOperation | null; problems: string[]; reason: HlcProblemReason | null } {
  const problems: string[] = [];
  const kind = input.kind as SyncOperationKind;
  if (!SYNC_OPERATION_KINDS.includes(kind)) {
    return { operation: null, problems: [`kind must be one of ${SYNC_OPERATION_KINDS.join(', ')}, got ${JSON.stringify(input.kind)}`], reason: null };
  }
  for (const field of ALL_FIELDS) {
    if (!FIELDS[kind].includes(field) && input[field] !== undefined && input[field] !== null) problems.push(`${field} is not used by ${kind}`);
  }
  const checked = checkClientHlc(input.hlc, deviceId, clock);
  if (checked.problem !== undefined) problems.push(`hlc: ${checked.problem}`);
  const hlc = checked.hlc ?? PLACEHOLDER_HLC;
  const operation = kindOperation(kind, input, hlc, deviceId, problems);
  return { operation: problems.length === 0 ? operation : null, problems, reason: checked.problem !== undefined ? checked.reason : null };
}

function kindOperation(kind: SyncOperationKind, input: SyncOperationInput, hlc: Hlc, deviceId: string, problems: string[]): LibraryOperation {
  // Absent stays null so problems say "got null"; an operation with problems is never applied.
  const titleId = (input.titleId ?? null) as string;
  switch (kind) {
    case 'WATCHLIST_ADD': {
      const priority = input.priority ?? 0;
      const reason = input.reason ?? null;
      problems.push(...watchlistOperationProblems({ kind: 'add', element: titleId, value: { priority, reason }, hlc }));
      return { kind, hlc, deviceId, titleId, priority, reason };
    }
    case 'WATCHLIST_REMOVE': {
      const tags = [...(input.tags ?? [])];
      if (input.tags === undefined || input.tags === null) problems.push('tags is required: the add tags the device has seen');
      problems.push(...watchlistOperationProblems({ kind: 'remove', element: titleId, tags, hlc }));
      if (tags.length > MAX_TAGS_PER_REMOVE) problems.push(`tags may name at most ${MAX_TAGS_PER_REMOVE} tags, got ${tags.length}`);
      const malformed = tags.filter((tag) => !isHlcString(tag));
      if (malformed.length > 0) problems.push(`tags must be add timestamps (WatchlistEntry.tags), got ${malformed.slice(0, 3).map((t) => JSON.stringify(t)).join(', ')}`);
      return { kind, hlc, deviceId, titleId, tags: [...new Set(tags)] };
    }
    case 'PROGRESS': {
      if (!isUuid(titleId)) problems.push(`titleId must be a UUID, got ${JSON.stringify(input.titleId ?? null)}`);
      const positionSeconds = input.positionSeconds as number;
      const durationSeconds = input.durationSeconds as number;
      problems.push(...progressProblems({ positionSeconds, durationSeconds }));
      return { kind, hlc, deviceId, titleId, positionSeconds, durationSeconds };
    }
    case 'PREFERENCE': {
      const key = input.key as PreferenceKey;
      const value = input.value as string;
      problems.push(...preferenceProblems(key ?? null, value ?? null));
      return { kind, hlc, deviceId, key, value };
    }
  }
}

function isHlcString(tag: string): boolean {
  try {
    parseHlc(tag);
    return true;
  } catch {
    return false;
  }
}
