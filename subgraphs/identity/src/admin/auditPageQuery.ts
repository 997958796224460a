import { parseAuditQuery, type AuditQuery } from '../audit/parseAuditQuery.js';
import type { AuditLogFilter } from '../generated/resolvers.js';
import { decodeCursor, encodeCursor } from '../lib/opaqueCursor.js';
import type { Parsed } from '../lib/Parsed.js';
import type { AuditRecord } from '../store/AuditStore.js';

/**
 * The admin `auditLog` arguments as an `AuditQuery`. The cursor is the opaque form of the last entry's `seq`;
 * `parseAuditQuery` gets the decoded seq, which is the format `PrismaAuditStore.list` reads.
 */
export function parseAuditPageQuery(args: { filter?: AuditLogFilter | null; first?: number | null; after?: string | null }): Parsed<AuditQuery> {
  const problems: string[] = [];
  let after: string | null = null;
  if (args.after != null) {
    const [seq] = decodeCursor(args.after) ?? [];
    if (typeof seq === 'number' && Number.isSafeInteger(seq) && seq > 0) after = String(seq);
    else problems.push('after is not a cursor of this connection');
  }
  const { filter } = args;
  const query = parseAuditQuery({
    from: filter?.from ?? null,
    to: filter?.to ?? null,
    userId: filter?.userId ?? null,
    action: filter?.action ?? null,
    pageSize: args.first ?? null,
    after,
  });
  if (query.ok && problems.length === 0) return query;
  return { ok: false, problems: [...problems, ...(query.problems ?? [])] };
}

export function auditCursor(entry: AuditRecord): string {
  return encodeCursor([entry.seq]);
}
