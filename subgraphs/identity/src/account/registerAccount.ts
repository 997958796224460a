import type { IdentityContext } from '../IdentityContext.js';
import { isUniqueViolation } from '../store/isUniqueViolation.js';
import { accountMail } from './accountMail.js';
import { hashPassword } from './hashPassword.js';
import { issueEmailToken } from './issueEmailToken.js';

export interface Registration {
  /** Normalised (`parseEmail`). */
  email: string;
  password: string;
  displayName: string;
}

/**
 * Creates the account, its verification token, the verification mail and the AUTH_REGISTER entry in one
 * transaction. When the address is taken, the owner gets a "someone tried to register" mail instead, and the
 * caller sees no difference (§6, no account enumeration): the password is hashed either way, so both paths cost
 * the same argon2 time, and a registration racing another for the same address lands on the same path through
 * the unique index.
 */
export async function registerAccount(ctx: IdentityContext, registration: Registration): Promise<void> {
  const { email, displayName } = registration;
  const passwordHash = await hashPassword(registration.password);
  if (await ctx.stores.accounts.findByEmail(email)) return notifyAddressTaken(ctx, email);
  try {
    await ctx.stores.transaction(async (stores) => {
      const user = await stores.accounts.create({ email, passwordHash, displayName });
      const token = issueEmailToken('VERIFY_EMAIL', ctx.at);
      await stores.emailTokens.create(user.id, token, ctx.at);
      await stores.mail.send(accountMail.verifyEmail(email, ctx.links.verifyEmail(token.token)));
      await stores.audit.append({ userId: user.id, action: 'AUTH_REGISTER', resourceType: 'user', resourceId: user.id });
    });
  } catch (error) {
    if (isUniqueViolation(error, 'user_email_key')) return notifyAddressTaken(ctx, email);
    throw error;
  }
}

async function notifyAddressTaken(ctx: IdentityContext, email: string): Promise<void> {
  await ctx.stores.mail.send(accountMail.alreadyRegistered(email));
}
