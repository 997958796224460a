import type { AuditEntry, SealedAuditEntry } from './AuditEntry.js';
import { auditEntryHash } from './auditEntryHash.js';

/**
 * Links `entry` after the entry whose hash is `previousHash` (null to start a chain).
 *
 * The chain has one head, so appends must be serialised: the store seals a buffered batch (§13: batches of 100)
 * in order, under a lock on the head, and writes it in one transaction. Two writers sealing against the same head
 * would fork the chain, and `verifyAuditChain` would report the fork as a broken link.
 */
export function sealAuditEntry(previousHash: string | null, entry: AuditEntry): SealedAuditEntry {
  return { ...entry, previousHash, hash: auditEntryHash(previousHash, entry) };
}
