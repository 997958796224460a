import { identityError } from '../errors.js';
import type { IdentityContext } from '../IdentityContext.js';
import { verifyPin } from './verifyPin.js';

/**
 * Checks a profile's PIN under the attempt limit: 10,000 PINs fall to an unlimited guesser in minutes, so §6's
 * bcrypt only matters together with 5 attempts a minute per profile (as for MFA). RATE_LIMITED past it.
 */
export async function checkParentalPin(ctx: IdentityContext, profileId: string, pinHash: string, pin: string): Promise<boolean> {
  const key = `pin:${profileId}`;
  const attempt = await ctx.attempts.begin(key, ctx.at);
  if (!attempt.allowed) {
    throw identityError('RATE_LIMITED', 'Too many PIN attempts; try again later.', { retryAfterSeconds: attempt.retryAfterSeconds });
  }
  if (!(await verifyPin(pin, pinHash))) return false;
  await ctx.attempts.reset(key);
  return true;
}
