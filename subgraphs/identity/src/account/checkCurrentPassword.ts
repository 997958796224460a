import { badUserInput, identityError } from '../errors.js';
import type { IdentityContext } from '../IdentityContext.js';
import type { UserRecord } from '../store/AccountStore.js';
import { verifyPassword } from './verifyPassword.js';

/**
 * Confirms the signed-in user knows their current password before it is changed. A stolen session must not be
 * able to brute-force it through this mutation, so guesses share the 5-a-minute limit of other short secrets.
 * A wrong password is BAD_USER_INPUT on `currentPassword`, not UNAUTHENTICATED: the session is fine, and
 * clients answer UNAUTHENTICATED by discarding their tokens.
 */
export async function checkCurrentPassword(ctx: IdentityContext, account: UserRecord, password: string): Promise<void> {
  const key = `password:${account.id}`;
  const attempt = await ctx.attempts.begin(key, ctx.at);
  if (!attempt.allowed) {
    throw identityError('RATE_LIMITED', 'Too many wrong passwords; try again later.', { retryAfterSeconds: attempt.retryAfterSeconds });
  }
  const stored = await ctx.stores.accounts.passwordHashOf(account.id);
  if (stored === null) throw badUserInput(['this account has no password yet; set one through requestPasswordReset']);
  if (!(await verifyPassword(password, stored))) {
    await ctx.stores.audit.append({ userId: account.id, action: 'AUTH_FAILED', resourceType: 'user', resourceId: account.id, details: { reason: 'wrong_current_password' } });
    throw badUserInput(['currentPassword is not correct']);
  }
  await ctx.attempts.reset(key);
}
