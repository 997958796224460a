import type { IdentityContext } from '../IdentityContext.js';

/**
 * Revokes every OAuth grant of the user and audits it (SESSIONS_REVOKED). Called after the change that requires
 * it has committed: a password change that failed must not sign everyone out, and one that succeeded must not be
 * undone because revocation failed; the error then surfaces and the user can revoke again.
 */
export async function revokeSessions(ctx: IdentityContext, userId: string, reason: string): Promise<number> {
  const grants = await ctx.revokeUserGrants(userId);
  await ctx.stores.audit.append({ userId, action: 'SESSIONS_REVOKED', resourceType: 'user', resourceId: userId, details: { reason, grants } });
  return grants;
}
