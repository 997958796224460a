import { identityError } from '../errors.js';
import type { IdentityContext } from '../IdentityContext.js';
import type { UserRecord } from '../store/AccountStore.js';

/**
 * The caller's account, which must exist, not be soft-deleted and be active. The router already refuses anonymous
 * callers on `@authenticated` fields; this is the subgraph's own check (§15 "deny on error"), and it also catches
 * what the router cannot see: an access token that outlived its account's suspension or deletion.
 */
export async function requireAccount(ctx: IdentityContext): Promise<UserRecord> {
  if (ctx.identity.kind === 'anonymous') throw identityError('UNAUTHENTICATED', 'Sign in to use this field.');
  if (ctx.identity.kind === 'service') throw identityError('FORBIDDEN', 'A service client acts for no user; this field needs a user.');
  const account = await ctx.callerAccount();
  if (!account || account.deletedAt !== null || account.status !== 'active') {
    throw identityError('UNAUTHENTICATED', 'This account is not active.');
  }
  return account;
}
