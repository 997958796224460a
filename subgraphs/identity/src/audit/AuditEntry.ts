import type { AuditAction } from './auditActions.js';
import type { JsonValue } from '../lib/canonicalJson.js';

/** One audit-log row as §13 lists it. `userId`, `ip` and `userAgent` are the personal fields GDPR erasure touches. */
export interface AuditEntry {
  id: string;
  timestamp: Date;
  /** The user acted on or acting; null for anonymous events. `anon:<hex>` once erased (`anonymizeAuditEntry`). */
  userId: string | null;
  action: AuditAction;
  resourceType: string | null;
  resourceId: string | null;
  /** Must not hold personal data: erasure does not rewrite it, and the chain forbids editing it. */
  details: { [key: string]: JsonValue | undefined };
  ip: string | null;
  userAgent: string | null;
}

/** An entry with its place in the hash chain. */
export interface SealedAuditEntry extends AuditEntry {
  /** `hash` of the entry before it; null for the first entry of the chain. */
  previousHash: string | null;
  /** `auditEntryHash(previousHash, entry)`. */
  hash: string;
}
