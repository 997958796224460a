import { identityError } from '../errors.js';
import type { IdentityContext } from '../IdentityContext.js';
import type { MfaRecord } from '../store/MfaStore.js';
import { matchBackupCode } from './matchBackupCode.js';
import { normalizeBackupCode } from './normalizeBackupCode.js';
import { openTotpSecret } from './openTotpSecret.js';
import { verifyTotp } from './verifyTotp.js';

/** The attempt-limiter key of §6's `mfa:attempts:{user}`. */
export function mfaAttemptKey(userId: string): string {
  return `mfa:${userId}`;
}

/**
 * Checks a second factor of a user with MFA on: a current TOTP code, or one of the unused backup codes, each
 * redeemed with a compare-and-set so it works once (TOTP steps via `lastUsedStep`, backup codes via `usedAt`).
 * 5 attempts a minute per user, counter reset on success (§6); past the limit it throws RATE_LIMITED with
 * `retryAfterSeconds`. Every rejection is audited as MFA_FAILED.
 */
export async function checkSecondFactor(ctx: IdentityContext, mfa: MfaRecord, code: string): Promise<boolean> {
  const key = mfaAttemptKey(mfa.userId);
  const attempt = await ctx.attempts.begin(key, ctx.at);
  if (!attempt.allowed) {
    await auditFailure(ctx, mfa.userId, 'rate_limited');
    throw identityError('RATE_LIMITED', 'Too many MFA attempts; try again later.', { retryAfterSeconds: attempt.retryAfterSeconds });
  }
  const outcome = await redeem(ctx, mfa, code);
  if (outcome === 'ok') {
    await ctx.attempts.reset(key);
    return true;
  }
  await auditFailure(ctx, mfa.userId, outcome);
  return false;
}

async function redeem(ctx: IdentityContext, mfa: MfaRecord, code: string): Promise<'ok' | 'mismatch' | 'replayed'> {
  if (normalizeBackupCode(code) === null) {
    const check = verifyTotp(openTotpSecret(ctx, mfa), code, ctx.at, mfa.lastUsedStep);
    if (!check.ok) return check.reason === 'replayed' ? 'replayed' : 'mismatch';
    // Lost the compare-and-set: a concurrent request redeemed this step first.
    return (await ctx.stores.mfa.useStep(mfa.userId, check.step)) ? 'ok' : 'replayed';
  }
  const codes = await ctx.stores.mfa.backupCodes(mfa.userId);
  const index = await matchBackupCode(code, codes.map((stored) => (stored.usedAt === null ? stored.codeHash : null)));
  const match = codes[index];
  if (!match) return 'mismatch';
  return (await ctx.stores.mfa.spendBackupCode(match.id, ctx.at)) ? 'ok' : 'replayed';
}

function auditFailure(ctx: IdentityContext, userId: string, reason: string): Promise<void> {
  return ctx.stores.audit.append({ userId, action: 'MFA_FAILED', resourceType: 'user', resourceId: userId, details: { reason } });
}
