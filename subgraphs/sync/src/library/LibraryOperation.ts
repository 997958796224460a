import type { Hlc } from '@media-gateway/crdt';
import type { PreferenceKey } from '../preferences/preferenceKeys.js';

/** The operation kinds of the library (GraphQL `SyncOperationKind`). */
export const SYNC_OPERATION_KINDS = ['WATCHLIST_ADD', 'WATCHLIST_REMOVE', 'PROGRESS', 'PREFERENCE'] as const;
export type SyncOperationKind = (typeof SYNC_OPERATION_KINDS)[number];

interface OperationBase {
  /** The device's timestamp; `hlc.node` is the device id. */
  hlc: Hlc;
  deviceId: string;
}

/** A checked operation on one profile's library, ready to apply (see `validateOperations`). */
export type LibraryOperation =
  | (OperationBase & { kind: 'WATCHLIST_ADD'; titleId: string; priority: number; reason: string | null })
  | (OperationBase & { kind: 'WATCHLIST_REMOVE'; titleId: string; tags: string[] })
  | (OperationBase & { kind: 'PROGRESS'; titleId: string; positionSeconds: number; durationSeconds: number })
  | (OperationBase & { kind: 'PREFERENCE'; key: PreferenceKey; value: string });

/** An operation as a client sends it (GraphQL `SyncOperationInput`): only `kind` and `hlc` are always there. */
export interface SyncOperationInput {
  kind: string;
  hlc: string;
  titleId?: string | null;
  priority?: number | null;
  reason?: string | null;
  tags?: readonly string[] | null;
  positionSeconds?: number | null;
  durationSeconds?: number | null;
  key?: string | null;
  value?: string | null;
}
