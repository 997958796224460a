import { timingSafeEqual } from 'node:crypto';
import { HOTP, Secret } from 'otpauth';
import { TOTP_SETTINGS, totpStep } from './totpSettings.js';

export type TotpCheck =
  | { ok: true; step: number; reason?: undefined }
  /** malformed: not six digits. mismatch: no step in the window matches. replayed: it matches a step already used. */
  | { ok: false; reason: 'malformed' | 'mismatch' | 'replayed'; step?: undefined };

/**
 * Checks a TOTP code against the steps `now - 1 … now + 1` (§6, ±1 step).
 *
 * A code is also rejected as 'replayed' when the step it matches is at or before `lastUsedStep`. Without that, a
 * code shoulder-surfed or phished in real time stays valid for up to 90 s (RFC 6238 §5.2: "the verifier MUST NOT
 * accept the second attempt of the OTP after the successful validation"). On success store the returned `step` as
 * the new `lastUsedStep`, with a compare-and-set so two concurrent requests cannot both redeem it.
 *
 * All window steps are computed and compared in constant time whatever matches, so response time does not reveal
 * which step (if any) a code belongs to. Spaces are ignored because apps display codes as "123 456".
 */
export function verifyTotp(secretBase32: string, code: string, now: Date, lastUsedStep: number | null = null): TotpCheck {
  const token = code.replace(/\s+/g, '');
  if (!/^\d+$/.test(token) || token.length !== TOTP_SETTINGS.digits) return { ok: false, reason: 'malformed' };

  const secret = Secret.fromBase32(secretBase32);
  const current = totpStep(now);
  const presented = Buffer.from(token);
  let fresh: number | null = null;
  let replayed = false;
  for (let step = current - TOTP_SETTINGS.window; step <= current + TOTP_SETTINGS.window; step++) {
    const expected = HOTP.generate({ secret, algorithm: TOTP_SETTINGS.algorithm, digits: TOTP_SETTINGS.digits, counter: step });
    if (!timingSafeEqual(presented, Buffer.from(expected))) continue;
    if (lastUsedStep !== null && step <= lastUsedStep) replayed = true;
    else fresh ??= step;
  }
  if (fresh !== null) return { ok: true, step: fresh };
  return { ok: false, reason: replayed ? 'replayed' : 'mismatch' };
}
