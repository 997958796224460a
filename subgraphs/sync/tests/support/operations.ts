import { parseHlc } from '@media-gateway/crdt';
import type { LibraryOperation } from '@media-gateway/sync';
import { hlcOf, titleId } from './ids.js';

/** Checked operations for store tests, stamped `physical` ms by `node`. */
export const op = {
  add: (title: number, physical: number, node: string, priority = 0, reason: string | null = null): LibraryOperation => ({
    kind: 'WATCHLIST_ADD',
    hlc: parseHlc(hlcOf(physical, node)),
    deviceId: node,
    titleId: titleId(title),
    priority,
    reason,
  }),
  remove: (title: number, physical: number, node: string, tags: string[]): LibraryOperation => ({
    kind: 'WATCHLIST_REMOVE',
    hlc: parseHlc(hlcOf(physical, node)),
    deviceId: node,
    titleId: titleId(title),
    tags,
  }),
  progress: (title: number, physical: number, node: string, positionSeconds: number, durationSeconds = 1_000): LibraryOperation => ({
    kind: 'PROGRESS',
    hlc: parseHlc(hlcOf(physical, node)),
    deviceId: node,
    titleId: titleId(title),
    positionSeconds,
    durationSeconds,
  }),
  preference: (key: 'theme' | 'subtitleLanguage', value: string, physical: number, node: string): LibraryOperation => ({
    kind: 'PREFERENCE',
    hlc: parseHlc(hlcOf(physical, node)),
    deviceId: node,
    key,
    value,
  }),
};
