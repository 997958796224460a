import { randomUUID } from 'node:crypto';
import type { Prisma } from '@media-gateway/db';
import type { AuditEntry } from '../audit/AuditEntry.js';
import type { AuditAction } from '../audit/auditActions.js';
import type { AuditQuery } from '../audit/parseAuditQuery.js';
import { sealAuditEntry } from '../audit/sealAuditEntry.js';
import type { AuditAppend, AuditPage, AuditRecord, AuditStore } from './AuditStore.js';
import type { Db } from './Db.js';

type AuditRow = Prisma.AuditLogGetPayload<object>;

export class PrismaAuditStore implements AuditStore {
  constructor(
    private readonly db: Db,
    private readonly now: () => Date,
  ) {}

  async append(input: AuditAppend): Promise<void> {
    // Appenders queue on a transaction-scoped advisory lock instead of racing for the head: under READ COMMITTED
    // every waiter would otherwise read the same head and all but one lose on `seq`, and with more than a few
    // concurrent writers some would lose more often than the unit of work retries. The lock is held only from here
    // to commit, since the append is the last write of its unit. The unique `seq` stays as the backstop.
    await this.db.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('identity.audit_log'))`;
    const head = await this.db.auditLog.findFirst({ orderBy: { seq: 'desc' }, select: { seq: true, hash: true } });
    const entry: AuditEntry = {
      id: randomUUID(),
      timestamp: this.now(),
      userId: input.userId,
      action: input.action,
      resourceType: input.resourceType ?? null,
      resourceId: input.resourceId ?? null,
      details: input.details ?? {},
      // The router does not forward the client's address or user agent to subgraphs yet (TODO(identity:audit-ip)).
      ip: null,
      userAgent: null,
    };
    const sealed = sealAuditEntry(head?.hash ?? null, entry);
    await this.db.auditLog.create({
      data: {
        id: sealed.id,
        seq: (head?.seq ?? 0n) + 1n,
        at: sealed.timestamp,
        userId: sealed.userId,
        action: sealed.action,
        resourceType: sealed.resourceType,
        resourceId: sealed.resourceId,
        details: sealed.details as Prisma.InputJsonObject,
        ip: sealed.ip,
        userAgent: sealed.userAgent,
        prevHash: sealed.previousHash,
        hash: sealed.hash,
      },
    });
  }

  async list(query: AuditQuery): Promise<AuditPage> {
    const rows = await this.db.auditLog.findMany({
      where: {
        ...(query.userId !== null ? { userId: query.userId } : {}),
        ...(query.action !== null ? { action: query.action } : {}),
        ...(query.resourceType !== null ? { resourceType: query.resourceType } : {}),
        ...(query.resourceId !== null ? { resourceId: query.resourceId } : {}),
        ...(query.from !== null || query.to !== null
          ? { at: { ...(query.from !== null ? { gte: query.from } : {}), ...(query.to !== null ? { lt: query.to } : {}) } }
          : {}),
        ...(query.after !== null ? { seq: { lt: BigInt(query.after) } } : {}),
      },
      orderBy: { seq: 'desc' },
      take: query.pageSize + 1,
    });
    return { rows: rows.slice(0, query.pageSize).map(toRecord), hasNextPage: rows.length > query.pageSize };
  }
}

/** A stored row in the domain's shape, so `verifyAuditChain` can check what was read back. */
export function toRecord(row: AuditRow): AuditRecord {
  return {
    seq: Number(row.seq),
    id: row.id,
    timestamp: row.at,
    userId: row.userId,
    // Only this store writes the table, from `AuditAction`s; a row written by a newer release keeps its text so the
    // log still lists (and the chain still verifies, since the hash covers the text as stored).
    action: row.action as AuditAction,
    resourceType: row.resourceType,
    resourceId: row.resourceId,
    details: (row.details ?? {}) as AuditRecord['details'],
    ip: row.ip,
    userAgent: row.userAgent,
    previousHash: row.prevHash,
    hash: row.hash,
  };
}
