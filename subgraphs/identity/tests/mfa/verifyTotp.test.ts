import { describe, expect, it } from 'vitest';
import { Secret, TOTP } from 'otpauth';
import { totpStep } from '../../src/mfa/totpSettings.js';
import { verifyTotp } from '../../src/mfa/verifyTotp.js';

// RFC 6238 Appendix B's SHA-1 secret, ASCII "12345678901234567890", in base32.
const SECRET = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';
const now = new Date('2025-03-01T12:00:10Z');
const codeAt = (date: Date) => TOTP.generate({ secret: Secret.fromBase32(SECRET), algorithm: 'SHA1', digits: 6, period: 30, timestamp: date.getTime() });
const stepsFrom = (steps: number) => new Date(now.getTime() + steps * 30_000);

describe('verifyTotp (§6: RFC 6238, SHA-1, 6 digits, 30 s, ±1 step)', () => {
  it('matches the RFC 6238 test vectors (last six digits)', () => {
    expect(verifyTotp(SECRET, '287082', new Date(59_000))).toEqual({ ok: true, step: 1 });
    expect(verifyTotp(SECRET, '081804', new Date(1_111_111_109_000))).toEqual({ ok: true, step: 37_037_036 });
  });

  it('accepts the code for now and returns its step', () => {
    expect(verifyTotp(SECRET, codeAt(now), now)).toEqual({ ok: true, step: totpStep(now) });
  });

  it('accepts one step either side', () => {
    expect(verifyTotp(SECRET, codeAt(stepsFrom(-1)), now)).toEqual({ ok: true, step: totpStep(now) - 1 });
    expect(verifyTotp(SECRET, codeAt(stepsFrom(1)), now)).toEqual({ ok: true, step: totpStep(now) + 1 });
  });

  it('rejects two steps either side', () => {
    expect(verifyTotp(SECRET, codeAt(stepsFrom(-2)), now)).toEqual({ ok: false, reason: 'mismatch' });
    expect(verifyTotp(SECRET, codeAt(stepsFrom(2)), now)).toEqual({ ok: false, reason: 'mismatch' });
  });

  it('rejects a code for a step already used, and one before it', () => {
    const step = totpStep(now);
    expect(verifyTotp(SECRET, codeAt(now), now, step)).toEqual({ ok: false, reason: 'replayed' });
    expect(verifyTotp(SECRET, codeAt(stepsFrom(-1)), now, step)).toEqual({ ok: false, reason: 'replayed' });
    // The next step's code is still good after this one was used.
    expect(verifyTotp(SECRET, codeAt(stepsFrom(1)), now, step)).toEqual({ ok: true, step: step + 1 });
  });

  it('ignores spaces and rejects anything but six digits', () => {
    const code = codeAt(now);
    expect(verifyTotp(SECRET, `${code.slice(0, 3)} ${code.slice(3)}`, now).ok).toBe(true);
    for (const bad of ['12345', '1234567', '12a456', '']) expect(verifyTotp(SECRET, bad, now)).toEqual({ ok: false, reason: 'malformed' });
  });
});
