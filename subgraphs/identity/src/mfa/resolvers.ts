import { requireSessionAccount } from '../access/requireSessionAccount.js';
import { badUserInput, identityError } from '../errors.js';
import type { MutationResolvers } from '../generated/resolvers.js';
import type { IdentityContext } from '../IdentityContext.js';
import type { MfaRecord } from '../store/MfaStore.js';
import { checkSecondFactor, mfaAttemptKey } from './checkSecondFactor.js';
import { encryptSecret } from './encryptSecret.js';
import { enrolTotp } from './enrolTotp.js';
import { generateBackupCodes } from './generateBackupCodes.js';
import { hashBackupCode } from './hashBackupCode.js';
import { openTotpSecret, totpSecretContext } from './openTotpSecret.js';
import { verifyTotp } from './verifyTotp.js';

type MfaMutations = 'enrollMfa' | 'confirmMfa' | 'verifyMfa' | 'disableMfa';

/**
 * TOTP MFA (§6): enrol → confirm with a first code (MFA is on from then, and the 10 backup codes are shown once)
 * → verify / disable with a TOTP or backup code. All of it needs the user's own session (`requireSessionAccount`).
 */
export const mfaResolvers: { Mutation: Pick<MutationResolvers, MfaMutations> } = {
  Mutation: {
    async enrollMfa(_, __, ctx) {
      const account = await requireSessionAccount(ctx);
      const existing = await ctx.stores.mfa.find(account.id);
      if (existing?.enabledAt) throw identityError('CONFLICT', 'MFA is already on; disable it before enrolling a new authenticator.');
      // A pending enrolment is simply replaced: the user lost the QR code or scanned it into the wrong app.
      const enrolment = await enrolTotp(account.email);
      await ctx.stores.mfa.savePending(account.id, encryptSecret(enrolment.secretBase32, ctx.mfaKey, totpSecretContext(account.id)));
      return { otpauthUri: enrolment.otpauthUri, qrCodeDataUrl: enrolment.qrDataUrl };
    },

    async confirmMfa(_, { code }, ctx) {
      const account = await requireSessionAccount(ctx);
      const mfa = await ctx.stores.mfa.find(account.id);
      if (!mfa) throw identityError('CONFLICT', 'No MFA enrolment is waiting for confirmation; call enrollMfa first.');
      if (mfa.enabledAt) throw identityError('CONFLICT', 'MFA is already on.');
      const key = mfaAttemptKey(account.id);
      const attempt = await ctx.attempts.begin(key, ctx.at);
      if (!attempt.allowed) {
        throw identityError('RATE_LIMITED', 'Too many MFA attempts; try again later.', { retryAfterSeconds: attempt.retryAfterSeconds });
      }
      const check = verifyTotp(openTotpSecret(ctx, mfa), code, ctx.at, mfa.lastUsedStep);
      // Not UNAUTHENTICATED: the session is fine, the code is wrong, and clients drop their tokens on UNAUTHENTICATED.
      const wrongCode = () => badUserInput(['code is not a current code of the authenticator being enrolled']);
      if (!check.ok) {
        await ctx.stores.audit.append({ userId: account.id, action: 'MFA_FAILED', resourceType: 'user', resourceId: account.id, details: { reason: check.reason } });
        throw wrongCode();
      }
      const backupCodes = generateBackupCodes();
      const hashes = await Promise.all(backupCodes.map(hashBackupCode));
      const enabled = await ctx.stores.transaction(async (stores) => {
        if (!(await stores.mfa.enable(account.id, check.step, ctx.at, hashes))) return false;
        await stores.audit.append({ userId: account.id, action: 'MFA_ENROLLED', resourceType: 'user', resourceId: account.id });
        return true;
      });
      if (!enabled) throw wrongCode();
      await ctx.attempts.reset(key);
      return backupCodes;
    },

    async verifyMfa(_, { code }, ctx) {
      const account = await requireSessionAccount(ctx);
      const mfa = await ctx.stores.mfa.find(account.id);
      if (!mfa?.enabledAt) throw identityError('CONFLICT', 'MFA is not on for this account.');
      return secondFactorPasses(ctx, mfa, code);
    },

    async disableMfa(_, { code }, ctx) {
      const account = await requireSessionAccount(ctx);
      const mfa = await ctx.stores.mfa.find(account.id);
      if (!mfa?.enabledAt) throw identityError('CONFLICT', 'MFA is not on for this account.');
      if (!(await secondFactorPasses(ctx, mfa, code))) return false;
      await ctx.stores.transaction(async (stores) => {
        await stores.mfa.remove(account.id);
        await stores.audit.append({ userId: account.id, action: 'MFA_DISABLED', resourceType: 'user', resourceId: account.id });
      });
      return true;
    },
  },
};

/** `checkSecondFactor` as the mutations answer it: false for a wrong code, RATE_LIMITED past §6's limit. */
async function secondFactorPasses(ctx: IdentityContext, mfa: MfaRecord, code: string): Promise<boolean> {
  const check = await checkSecondFactor(ctx, mfa, code);
  if (check.reason === 'rate_limited') {
    throw identityError('RATE_LIMITED', 'Too many MFA attempts; try again later.', { retryAfterSeconds: check.retryAfterSeconds });
  }
  return check.ok;
}
