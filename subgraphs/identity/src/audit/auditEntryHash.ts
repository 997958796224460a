import type { AuditEntry } from './AuditEntry.js';
import { canonicalJson } from '../lib/canonicalJson.js';
import { sha256Hex } from '../lib/sha256Hex.js';

/** Prefix of a personal field that erasure has replaced by its digest. */
export const ANONYMIZED_PREFIX = 'anon:';

/**
 * The link hash of an audit entry: SHA-256 hex over the canonical JSON (sorted keys, see `canonicalJson`) of the
 * entry and the previous link's hash. Changing any field of any entry, or removing or reordering entries, changes
 * every later link (§13 "append-only with a hash chain").
 *
 * The personal fields (`userId`, `ip`, `userAgent`) enter the hash only as a digest, salted with the entry id so
 * digests cannot be matched across rows. That is what lets GDPR erasure (§13: "anonymize audit rows (user id
 * replaced by a hash)") coexist with the chain: `anonymizeAuditEntry` stores exactly that digest, so an erased row
 * still verifies, while any other edit of those fields still breaks the chain. A digest of an IPv4 address can be
 * reversed by trying all 2^32 addresses for that row; erasure should therefore be treated as pseudonymisation of
 * `ip`, which is the most the spec's "replaced by a hash" gives anyway.
 */
export function auditEntryHash(previousHash: string | null, entry: AuditEntry): string {
  const committed = {
    id: entry.id,
    timestamp: entry.timestamp,
    userId: personalDigest(entry.id, entry.userId),
    action: entry.action,
    resourceType: entry.resourceType,
    resourceId: entry.resourceId,
    details: entry.details,
    ip: personalDigest(entry.id, entry.ip),
    userAgent: personalDigest(entry.id, entry.userAgent),
  };
  // `v` versions this serialisation: a future change to what is committed can be verified alongside old links.
  return sha256Hex(canonicalJson({ v: 1, previousHash, entry: committed }));
}

/** What a personal field contributes to the hash; also the value `anonymizeAuditEntry` stores after the prefix. */
export function personalDigest(entryId: string, value: string | null): string | null {
  if (value === null) return null;
  if (value.startsWith(ANONYMIZED_PREFIX)) return value.slice(ANONYMIZED_PREFIX.length);
  return sha256Hex(`${entryId}\0${value}`);
}
