import type { AuditEntry } from './AuditEntry.js';
import { ANONYMIZED_PREFIX, personalDigest } from './auditEntryHash.js';

/**
 * The entry with its personal fields replaced by `anon:<digest>` (GDPR erasure, §13). The entry's link hash is
 * unchanged, so the chain still verifies after erasure. Idempotent. `details` is left alone; by contract it holds
 * no personal data.
 */
export function anonymizeAuditEntry<T extends AuditEntry>(entry: T): T {
  const erase = (value: string | null) => {
    const digest = personalDigest(entry.id, value);
    return digest === null ? null : ANONYMIZED_PREFIX + digest;
  };
  return { ...entry, userId: erase(entry.userId), ip: erase(entry.ip), userAgent: erase(entry.userAgent) };
}
