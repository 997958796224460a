import type { SealedAuditEntry } from './AuditEntry.js';
import { auditEntryHash } from './auditEntryHash.js';

/**
 * The index of the first entry whose link is broken, or -1 when the whole run verifies.
 *
 * An entry is broken when its `previousHash` is not the hash of the entry before it (an entry was deleted,
 * inserted or moved), or when its own `hash` does not match its content (it was edited). An edit that also
 * recomputed the edited entry's hash shows up at the next entry instead.
 *
 * `entries` must be in chain order. `anchorHash` is the `previousHash` the first entry must carry: null (the
 * default) when checking from the start of the chain, or the hash of the entry before the run when checking a
 * window. Cutting entries off the *end* of the chain cannot be seen from the chain alone; publish the head hash
 * somewhere the database cannot rewrite (logs, a signed checkpoint) and pass it in when verifying.
 */
export function verifyAuditChain(entries: readonly SealedAuditEntry[], anchorHash: string | null = null): number {
  let expectedPrevious = anchorHash;
  for (const [index, entry] of entries.entries()) {
    if (entry.previousHash !== expectedPrevious) return index;
    if (auditEntryHash(entry.previousHash, entry) !== entry.hash) return index;
    expectedPrevious = entry.hash;
  }
  return -1;
}
