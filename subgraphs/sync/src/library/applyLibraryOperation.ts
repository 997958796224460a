import { formatHlc } from '@media-gateway/crdt';
import { applyPreferenceWrite } from '../preferences/applyPreferenceWrite.js';
import { applyProgressUpdate } from '../progress/applyProgressUpdate.js';
import { applyWatchlistOperation } from '../watchlist/applyWatchlistOperation.js';
import type { LibraryOperation } from './LibraryOperation.js';
import type { LibraryState } from './LibraryState.js';

/**
 * - `applied`: the state changed; the operation goes to the log and to every device.
 * - `duplicate`: this very operation is already in the state (same timestamp).
 * - `ignored`: valid but changes nothing: an older write than the register holds, a progress report within a second
 *   of the same device's last (§9), or a remove of tags already removed.
 */
export type OperationOutcome = 'applied' | 'duplicate' | 'ignored';

/**
 * One checked operation on the library state, by the §9 rules of its kind: watchlist adds and removes on the
 * add-wins OR-Set (tag = the add's HLC string), progress and preferences on LWW registers. Pure; the state given is
 * never modified. Throws `WatchlistFullError` for an add past the 1000-title limit.
 */
export function applyLibraryOperation(state: LibraryState, op: LibraryOperation): { outcome: OperationOutcome; state: LibraryState } {
  switch (op.kind) {
    case 'WATCHLIST_ADD': {
      if (state.watchlist.adds[op.titleId]?.[formatHlc(op.hlc)]) return { outcome: 'duplicate', state };
      const watchlist = applyWatchlistOperation(state.watchlist, {
        kind: 'add',
        element: op.titleId,
        value: { priority: op.priority, reason: op.reason },
        hlc: op.hlc,
      });
      return { outcome: 'applied', state: { ...state, watchlist } };
    }
    case 'WATCHLIST_REMOVE': {
      const removed = new Set(state.watchlist.tombstones[op.titleId] ?? []);
      if (op.tags.every((tag) => removed.has(tag))) return { outcome: 'ignored', state };
      const watchlist = applyWatchlistOperation(state.watchlist, { kind: 'remove', element: op.titleId, tags: op.tags, hlc: op.hlc });
      return { outcome: 'applied', state: { ...state, watchlist } };
    }
    case 'PROGRESS': {
      const result = applyProgressUpdate(state.progress.get(op.titleId), op, op.hlc);
      if (result.kind !== 'applied') return { outcome: result.kind === 'duplicate' ? 'duplicate' : 'ignored', state };
      return { outcome: 'applied', state: { ...state, progress: new Map(state.progress).set(op.titleId, result.register) } };
    }
    case 'PREFERENCE': {
      const result = applyPreferenceWrite(state.preferences.get(op.key), op.value, op.hlc);
      if (result.kind !== 'applied') return { outcome: result.kind === 'duplicate' ? 'duplicate' : 'ignored', state };
      return { outcome: 'applied', state: { ...state, preferences: new Map(state.preferences).set(op.key, result.register) } };
    }
  }
}
