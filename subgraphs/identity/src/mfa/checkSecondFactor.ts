import type { IdentityContext } from '../IdentityContext.js';
import type { MfaRecord } from '../store/MfaStore.js';
import { matchBackupCode } from './matchBackupCode.js';
import { normalizeBackupCode } from './normalizeBackupCode.js';
import { openTotpSecret } from './openTotpSecret.js';
import { verifyTotp } from './verifyTotp.js';

/** What `checkSecondFactor` needs: a GraphQL request's context has it, and so does the OAuth login's directory. */
export type SecondFactorDeps = Pick<IdentityContext, 'stores' | 'mfaKey' | 'attempts' | 'logger' | 'at'>;

/**
 * mismatch: no current TOTP step or unused backup code matches (malformed input included). replayed: it matches a
 * TOTP step or backup code already redeemed. rate_limited: the attempt was refused before the code was looked at.
 */
export type SecondFactorCheck =
  | { ok: true; reason?: undefined; retryAfterSeconds?: undefined }
  | { ok: false; reason: 'mismatch' | 'replayed'; retryAfterSeconds?: undefined }
  | { ok: false; reason: 'rate_limited'; retryAfterSeconds: number };

/** The attempt-limiter key of §6's `mfa:attempts:{user}`. */
export function mfaAttemptKey(userId: string): string {
  return `mfa:${userId}`;
}

/**
 * Checks a second factor of a user with MFA on: a current TOTP code, or one of the unused backup codes, each
 * redeemed with a compare-and-set so it works once (TOTP steps via `lastUsedStep`, backup codes via `usedAt`).
 * 5 attempts a minute per user, counter reset on success (§6); the GraphQL mutations and the OAuth login page share
 * the counter, so neither is a way around the other. Every rejection is audited as MFA_FAILED.
 */
export async function checkSecondFactor(deps: SecondFactorDeps, mfa: MfaRecord, code: string): Promise<SecondFactorCheck> {
  const key = mfaAttemptKey(mfa.userId);
  const attempt = await deps.attempts.begin(key, deps.at);
  if (!attempt.allowed) {
    await auditFailure(deps, mfa.userId, 'rate_limited');
    return { ok: false, reason: 'rate_limited', retryAfterSeconds: attempt.retryAfterSeconds };
  }
  const outcome = await redeem(deps, mfa, code);
  if (outcome === 'ok') {
    await deps.attempts.reset(key);
    return { ok: true };
  }
  await auditFailure(deps, mfa.userId, outcome);
  return { ok: false, reason: outcome };
}

async function redeem(deps: SecondFactorDeps, mfa: MfaRecord, code: string): Promise<'ok' | 'mismatch' | 'replayed'> {
  if (normalizeBackupCode(code) === null) {
    const check = verifyTotp(openTotpSecret(deps, mfa), code, deps.at, mfa.lastUsedStep);
    if (!check.ok) return check.reason === 'replayed' ? 'replayed' : 'mismatch';
    // Lost the compare-and-set: a concurrent request redeemed this step first.
    return (await deps.stores.mfa.useStep(mfa.userId, check.step)) ? 'ok' : 'replayed';
  }
  const codes = await deps.stores.mfa.backupCodes(mfa.userId);
  const index = await matchBackupCode(code, codes.map((stored) => (stored.usedAt === null ? stored.codeHash : null)));
  const match = codes[index];
  if (!match) return 'mismatch';
  return (await deps.stores.mfa.spendBackupCode(match.id, deps.at)) ? 'ok' : 'replayed';
}

function auditFailure(deps: SecondFactorDeps, userId: string, reason: string): Promise<void> {
  return deps.stores.audit.append({ userId, action: 'MFA_FAILED', resourceType: 'user', resourceId: userId, details: { reason } });
}
