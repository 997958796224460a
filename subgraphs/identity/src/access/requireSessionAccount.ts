import { identityError } from '../errors.js';
import type { IdentityContext } from '../IdentityContext.js';
import type { UserRecord } from '../store/AccountStore.js';
import { requireAccount } from './requireAccount.js';

/**
 * `requireAccount`, for operations that change how the account signs in (password, MFA, API keys): those need the
 * user's own session, not an API key. Otherwise a leaked key with any scope could mint further keys, or switch MFA
 * off, and outlive its own revocation.
 */
export async function requireSessionAccount(ctx: IdentityContext): Promise<UserRecord> {
  const account = await requireAccount(ctx);
  if (ctx.identity.kind !== 'user') throw identityError('FORBIDDEN', 'API keys cannot manage credentials; sign in as the user.');
  return account;
}
