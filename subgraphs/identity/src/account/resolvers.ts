import { isCallerAdmin } from '../access/isCallerAdmin.js';
import { requireAccount } from '../access/requireAccount.js';
import { requireSessionAccount } from '../access/requireSessionAccount.js';
import { roleValue, userStatusValue } from '../enumValues.js';
import { badUserInput } from '../errors.js';
import type { MutationResolvers, QueryResolvers, UserResolvers } from '../generated/resolvers.js';
import { isUuid } from '../lib/isUuid.js';
import { accountMail } from './accountMail.js';
import { checkCurrentPassword } from './checkCurrentPassword.js';
import { checkPasswordPolicy } from './checkPasswordPolicy.js';
import { hashPassword } from './hashPassword.js';
import { issueEmailToken } from './issueEmailToken.js';
import { parseDisplayName } from './parseDisplayName.js';
import { parseEmail } from './parseEmail.js';
import { redeemableEmailToken } from './redeemableEmailToken.js';
import { registerAccount } from './registerAccount.js';
import { resetRequestAllowed } from './resetRequestAllowed.js';
import { revokeSessions } from './revokeSessions.js';

const HOUR_MS = 60 * 60 * 1000;

type AccountMutations = 'register' | 'verifyEmail' | 'requestPasswordReset' | 'resetPassword' | 'changePassword';
type UserFields = '__resolveReference' | 'emailVerified' | 'role' | 'status' | 'mfaEnabled';

export const accountResolvers: {
  Query: Pick<QueryResolvers, 'me'>;
  Mutation: Pick<MutationResolvers, AccountMutations>;
  User: Pick<UserResolvers, UserFields>;
} = {
  Query: {
    me: (_, __, ctx) => requireAccount(ctx),
  },

  Mutation: {
    async register(_, { input }, ctx) {
      const email = parseEmail(input.email);
      const displayName = parseDisplayName(input.displayName);
      const problems = [...(email.problems ?? []), ...checkPasswordPolicy(input.password), ...(displayName.problems ?? [])];
      if (!email.ok || !displayName.ok || problems.length > 0) throw badUserInput(problems);
      await registerAccount(ctx, { email: email.value, password: input.password, displayName: displayName.value });
      return { accepted: true };
    },

    async verifyEmail(_, { token }, ctx) {
      const record = await redeemableEmailToken(ctx, token, 'VERIFY_EMAIL');
      const user = await ctx.stores.accounts.findById(record.userId);
      if (!user || user.deletedAt !== null) throw badUserInput(['token is not valid']);
      await ctx.stores.transaction(async (stores) => {
        if (!(await stores.emailTokens.redeem(record.id, ctx.at))) throw badUserInput(['token was already used']);
        await stores.accounts.markEmailVerified(user.id, ctx.at);
        await stores.audit.append({ userId: user.id, action: 'EMAIL_VERIFIED', resourceType: 'user', resourceId: user.id });
      });
      return true;
    },

    async requestPasswordReset(_, { email }, ctx) {
      // Always true, whatever happens below (§6: `forgot` never reveals whether an address has an account).
      const parsed = parseEmail(email);
      if (!parsed.ok) return true;
      const user = await ctx.stores.accounts.findByEmail(parsed.value);
      if (!user || user.deletedAt !== null || user.status !== 'active') return true;
      await ctx.stores.transaction(async (stores) => {
        // The row lock serialises concurrent requests for one account, so "3 per hour" cannot be raced past.
        await stores.accounts.lock(user.id);
        const recent = await stores.emailTokens.issuedSince(user.id, 'RESET_PASSWORD', new Date(ctx.at.getTime() - HOUR_MS));
        if (!resetRequestAllowed(recent, ctx.at)) return;
        const token = issueEmailToken('RESET_PASSWORD', ctx.at);
        await stores.emailTokens.create(user.id, token, ctx.at);
        await stores.mail.send(accountMail.resetPassword(user.email, ctx.links.resetPassword(token.token)));
      });
      return true;
    },

    async resetPassword(_, { token, newPassword }, ctx) {
      const problems = checkPasswordPolicy(newPassword);
      if (problems.length > 0) throw badUserInput(problems.map((problem) => problem.replace(/^password/, 'newPassword')));
      const record = await redeemableEmailToken(ctx, token, 'RESET_PASSWORD');
      const user = await ctx.stores.accounts.findById(record.userId);
      if (!user || user.deletedAt !== null || user.status !== 'active') throw badUserInput(['token is not valid']);
      const passwordHash = await hashPassword(newPassword);
      await ctx.stores.transaction(async (stores) => {
        if (!(await stores.emailTokens.redeem(record.id, ctx.at))) throw badUserInput(['token was already used']);
        // Any other reset link still in a mailbox dies with this one.
        await stores.emailTokens.retireUnused(user.id, 'RESET_PASSWORD', ctx.at);
        await stores.accounts.setPassword(user.id, passwordHash, ctx.at);
        await stores.mail.send(accountMail.passwordChanged(user.email));
        await stores.audit.append({ userId: user.id, action: 'AUTH_PASSWORD_RESET', resourceType: 'user', resourceId: user.id });
      });
      await revokeSessions(ctx, user.id, 'password_reset');
      return true;
    },

    async changePassword(_, { currentPassword, newPassword }, ctx) {
      const account = await requireSessionAccount(ctx);
      const problems = checkPasswordPolicy(newPassword).map((problem) => problem.replace(/^password/, 'newPassword'));
      if (newPassword === currentPassword) problems.push('newPassword must differ from currentPassword');
      if (problems.length > 0) throw badUserInput(problems);
      await checkCurrentPassword(ctx, account, currentPassword);
      const passwordHash = await hashPassword(newPassword);
      await ctx.stores.transaction(async (stores) => {
        await stores.accounts.setPassword(account.id, passwordHash, ctx.at);
        await stores.mail.send(accountMail.passwordChanged(account.email));
        await stores.audit.append({ userId: account.id, action: 'PASSWORD_CHANGED', resourceType: 'user', resourceId: account.id });
      });
      // §6 option `keep_current` is not offered: the SDL has no argument for it, and the caller's access token is a
      // JWT that stays valid until it expires anyway; its refresh token is revoked with the rest.
      return { revokedSessions: await revokeSessions(ctx, account.id, 'password_changed') };
    },
  },

  User: {
    /** Federation entry point: the owner and admins see a user; anyone else gets null, as for a missing one. */
    async __resolveReference({ id }, ctx) {
      if (!isUuid(id)) return null;
      const own = ctx.identity.kind !== 'anonymous' && ctx.identity.kind !== 'service' && ctx.identity.userId === id;
      if (own) {
        const account = await ctx.callerAccount();
        return account && account.deletedAt === null && account.status === 'active' ? account : null;
      }
      if (!(await isCallerAdmin(ctx))) return null;
      const user = await ctx.stores.accounts.findById(id);
      return user && user.deletedAt === null ? user : null;
    },
    emailVerified: (user) => user.emailVerifiedAt !== null,
    role: (user) => roleValue(user.role),
    status: (user) => userStatusValue(user.status),
    mfaEnabled: (user, _, ctx) => ctx.loaders.mfaEnabled(user.id),
  },
};
