import type { IdentityContext } from '../IdentityContext.js';

/** Whether the caller is an admin by both the identity the router asserted and the stored, active account. */
export async function isCallerAdmin(ctx: IdentityContext): Promise<boolean> {
  const { identity } = ctx;
  if ((identity.kind !== 'user' && identity.kind !== 'api_key') || identity.role !== 'admin') return false;
  const account = await ctx.callerAccount();
  return account !== null && account.deletedAt === null && account.status === 'active' && account.role === 'admin';
}
