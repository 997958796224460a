import { identityError } from '../errors.js';
import type { IdentityContext } from '../IdentityContext.js';
import type { UserRecord } from '../store/AccountStore.js';
import { isCallerAdmin } from './isCallerAdmin.js';
import { requireAccount } from './requireAccount.js';
import { requireScopes } from './requireScopes.js';

/**
 * Admin fields: the router checks the `admin:users` scope; the subgraph also wants the identity role `admin`, and
 * the stored role to agree, so an admin demoted a minute ago cannot keep acting on an access token that is still
 * valid for up to an hour (§6).
 */
export async function requireAdmin(ctx: IdentityContext): Promise<UserRecord> {
  requireScopes(ctx, [['admin:users']]);
  const account = await requireAccount(ctx);
  if (!(await isCallerAdmin(ctx))) throw identityError('FORBIDDEN', 'Only admins may use this field.');
  return account;
}
