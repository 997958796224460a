import { formatHlc, orSetEntries, type LwwRegister } from '@media-gateway/crdt';
import type { ProgressValue } from '../progress/ProgressValue.js';
import type { Watchlist } from '../watchlist/applyWatchlistOperation.js';
import type { PreferenceRecord, ProgressRecord, WatchlistEntryRecord } from './LibraryRecords.js';

/** A title's watchlist entry: the newest live add's priority and reason, and every live tag; null when absent. */
export function watchlistEntryOf(watchlist: Watchlist, titleId: string): WatchlistEntryRecord | null {
  const adds = watchlist.adds[titleId];
  if (!adds) return null;
  const dead = new Set(watchlist.tombstones[titleId] ?? []);
  const live = Object.keys(adds).filter((tag) => !dead.has(tag));
  const newest = orSetEntries({ adds: { [titleId]: adds }, tombstones: { [titleId]: [...dead] } }).get(titleId);
  if (!newest) return null;
  return {
    titleId,
    priority: newest.value.priority,
    reason: newest.value.reason,
    addedAt: new Date(newest.hlc.physical).toISOString(),
    hlc: formatHlc(newest.hlc),
    tags: live.sort(),
  };
}

/** Every entry, highest priority first, then the most recently added. */
export function watchlistEntries(watchlist: Watchlist): WatchlistEntryRecord[] {
  return Object.keys(watchlist.adds)
    .map((titleId) => watchlistEntryOf(watchlist, titleId))
    .filter((entry): entry is WatchlistEntryRecord => entry !== null)
    .sort((a, b) => b.priority - a.priority || (a.hlc < b.hlc ? 1 : a.hlc > b.hlc ? -1 : 0));
}

export function progressRecordOf(titleId: string, register: LwwRegister<ProgressValue>): ProgressRecord {
  return {
    titleId,
    ...register.value,
    deviceId: register.hlc.node,
    hlc: formatHlc(register.hlc),
    updatedAt: new Date(register.hlc.physical).toISOString(),
  };
}

export function preferenceRecordOf(key: string, register: LwwRegister<string>): PreferenceRecord {
  return {
    key,
    value: register.value,
    deviceId: register.hlc.node,
    hlc: formatHlc(register.hlc),
    updatedAt: new Date(register.hlc.physical).toISOString(),
  };
}
