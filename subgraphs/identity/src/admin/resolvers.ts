import { requireAdmin } from '../access/requireAdmin.js';
import { revokeSessions } from '../account/revokeSessions.js';
import { badUserInput, identityError } from '../errors.js';
import type { AuditEntryResolvers, MutationResolvers, QueryResolvers } from '../generated/resolvers.js';
import { canonicalJson } from '../lib/canonicalJson.js';
import { isUuid } from '../lib/isUuid.js';
import { evictApiKeys } from '../revocation/evictApiKeys.js';
import { auditCursor, parseAuditPageQuery } from './auditPageQuery.js';
import { parseUserPageQuery, userCursor } from './userPageQuery.js';

const REASON_MAX_LENGTH = 500;

/**
 * Admin users and the audit log (§13). The router requires the `admin:users` scope; `requireAdmin` also wants the
 * admin role on the identity and on the stored account. Every change here is audited as ADMIN_ACTION.
 */
export const adminResolvers: {
  Query: Pick<QueryResolvers, 'users' | 'auditLog'>;
  Mutation: Pick<MutationResolvers, 'setUserStatus'>;
  AuditEntry: Pick<AuditEntryResolvers, 'at' | 'details'>;
} = {
  Query: {
    async users(_, args, ctx) {
      await requireAdmin(ctx);
      const query = parseUserPageQuery(args);
      if (!query.ok) throw badUserInput(query.problems);
      const page = await ctx.stores.accounts.list(query.value);
      const edges = page.rows.map((node) => ({ node, cursor: userCursor(node) }));
      return { edges, pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null } };
    },

    async auditLog(_, args, ctx) {
      await requireAdmin(ctx);
      const query = parseAuditPageQuery(args);
      if (!query.ok) throw badUserInput(query.problems);
      const page = await ctx.stores.audit.list(query.value);
      const edges = page.rows.map((node) => ({ node, cursor: auditCursor(node) }));
      return { edges, pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null } };
    },
  },

  Mutation: {
    async setUserStatus(_, { id, status, reason }, ctx) {
      const admin = await requireAdmin(ctx);
      const note = reason?.trim() || null;
      const problems: string[] = [];
      if (note !== null && [...note].length > REASON_MAX_LENGTH) problems.push(`reason must be at most ${REASON_MAX_LENGTH} characters`);
      if (note !== null && /\p{Cc}/u.test(note)) problems.push('reason must not contain control characters');
      if (problems.length > 0) throw badUserInput(problems);
      // Locking oneself out would leave the change unreviewable by the person who made it (§13: "not yourself").
      if (id === admin.id && status === 'suspended') throw identityError('FORBIDDEN', 'Admins cannot suspend themselves.');
      const target = isUuid(id) ? await ctx.stores.accounts.findById(id) : null;
      if (!target || target.deletedAt !== null) throw identityError('NOT_FOUND', `No user ${JSON.stringify(id.slice(0, 64))}.`);
      if (target.status === status) return target;
      const updated = await ctx.stores.transaction(async (stores) => {
        const changed = await stores.accounts.setStatus(target.id, status);
        await stores.audit.append({
          userId: admin.id,
          action: 'ADMIN_ACTION',
          resourceType: 'user',
          resourceId: target.id,
          // Admins are told the reason is kept in the audit log; it must not carry personal data (AuditEntry.details).
          details: { operation: 'set_user_status', from: target.status, to: status, reason: note },
        });
        return changed;
      });
      if (status === 'suspended') {
        // A suspended owner's keys already fail the lookup; evicting makes that true at once on every router. Revoked
        // keys were evicted when they were revoked. One query per key, and users hold a handful.
        if (ctx.apiKeyCache) await evictApiKeys(ctx, (await ctx.stores.apiKeys.listForUser(target.id)).filter((key) => key.revokedAt === null));
        await revokeSessions(ctx, target.id, 'suspended');
      }
      return updated;
    },
  },

  AuditEntry: {
    at: (entry) => entry.timestamp,
    details: (entry) => canonicalJson(entry.details),
  },
};
