import type { Resolvers } from '../generated/resolvers.js';

const titleOf = (record: { titleId: string | null }) => (record.titleId === null ? null : { id: record.titleId });

/**
 * The library's records as GraphQL types: titles as `{ id }` entity stubs (the router fetches their fields from the
 * catalog), instants from ISO strings, and the progress percentage.
 */
export const recordResolvers: Pick<Resolvers, 'WatchlistEntry' | 'WatchProgress' | 'PreferenceValue' | 'SyncOperation' | 'LibraryChange'> = {
  WatchlistEntry: {
    title: (entry) => ({ id: entry.titleId }),
    addedAt: (entry) => new Date(entry.addedAt),
  },
  WatchProgress: {
    title: (progress) => ({ id: progress.titleId }),
    percent: (progress) => Math.round((progress.positionSeconds / progress.durationSeconds) * 10_000) / 100,
    updatedAt: (progress) => new Date(progress.updatedAt),
  },
  PreferenceValue: {
    updatedAt: (preference) => new Date(preference.updatedAt),
  },
  SyncOperation: {
    title: titleOf,
    at: (operation) => new Date(operation.at),
  },
  LibraryChange: {
    title: titleOf,
  },
};
