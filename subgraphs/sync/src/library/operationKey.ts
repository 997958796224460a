import { formatHlc } from '@media-gateway/crdt';
import type { LibraryOperation } from './LibraryOperation.js';

/**
 * What makes two operations the same: kind, title or key, and timestamp. A device never issues one timestamp twice,
 * so an operation with the same key is a re-send (a retry after a lost response, a replayed queue) and is counted
 * as a duplicate instead of being logged again.
 */
export function operationKey(op: LibraryOperation): string {
  const subject = op.kind === 'PREFERENCE' ? op.key : op.titleId;
  return `${op.kind}:${subject}:${formatHlc(op.hlc)}`;
}
