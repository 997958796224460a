import type { SealedAuditEntry } from '../audit/AuditEntry.js';
import type { AuditAction } from '../audit/auditActions.js';
import type { AuditQuery } from '../audit/parseAuditQuery.js';
import type { JsonValue } from '../lib/canonicalJson.js';

/** What a caller appends; the store adds the id, time and chain links. */
export interface AuditAppend {
  /** The user acting or acted on; null for anonymous events (a failed sign-in for an unknown email). */
  userId: string | null;
  action: AuditAction;
  resourceType?: string | null;
  resourceId?: string | null;
  /** No personal data: erasure does not rewrite it (`AuditEntry.details`). */
  details?: { [key: string]: JsonValue | undefined };
}

export interface AuditRecord extends SealedAuditEntry {
  /** Position in the chain, 1 for the first entry. */
  seq: number;
}

export interface AuditPage {
  rows: AuditRecord[];
  hasNextPage: boolean;
}

/** The hash-chained audit log (`identity.audit_log`, §13). */
export interface AuditStore {
  /**
   * Appends one entry after the current head. Run it inside the transaction of the change it records, as its last
   * write: appends are serialised, and two that still end up after the same head collide on the unique `seq`
   * (`audit_log_seq_key`) and the unit of work retries (`createPrismaStores`), so the chain never forks.
   */
  append(entry: AuditAppend): Promise<void>;
  /** Entries matching `query`, newest first; `query.after` is the `seq` of the last entry of the previous page. */
  list(query: AuditQuery): Promise<AuditPage>;
}
