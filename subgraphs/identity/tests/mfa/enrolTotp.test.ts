import { describe, expect, it } from 'vitest';
import { Secret, TOTP, URI } from 'otpauth';
import { enrolTotp } from '../../src/mfa/enrolTotp.js';
import { verifyTotp } from '../../src/mfa/verifyTotp.js';
import { fixedRandom } from '../lib/fixedRandom.js';

describe('enrolTotp', () => {
  it('builds the otpauth URI from a 20-byte secret, issuer MediaGateway and the email as label', async () => {
    const enrolment = await enrolTotp('alice@example.com', fixedRandom([..."12345678901234567890"].map((c) => c.charCodeAt(0))));
    expect(enrolment.secretBase32).toBe('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ');
    const parsed = URI.parse(enrolment.otpauthUri);
    expect(parsed).toBeInstanceOf(TOTP);
    expect(parsed).toMatchObject({ issuer: 'MediaGateway', label: 'alice@example.com', algorithm: 'SHA1', digits: 6, period: 30 });
    expect(enrolment.otpauthUri).toMatch(/^otpauth:\/\/totp\/MediaGateway:alice%40example\.com\?/);
  });

  it('returns the QR code as a PNG data URL', async () => {
    const { qrDataUrl } = await enrolTotp('alice@example.com');
    expect(qrDataUrl).toMatch(/^data:image\/png;base64,/);
    const png = Buffer.from(qrDataUrl.slice('data:image/png;base64,'.length), 'base64');
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  });

  it('mints a fresh secret each time that verifyTotp accepts codes for', async () => {
    const [a, b] = await Promise.all([enrolTotp('a@example.com'), enrolTotp('a@example.com')]);
    expect(a.secretBase32).toMatch(/^[A-Z2-7]{32}$/);
    expect(a.secretBase32).not.toBe(b.secretBase32);
    const now = new Date('2025-03-01T12:00:00Z');
    const code = TOTP.generate({ secret: Secret.fromBase32(a.secretBase32), timestamp: now.getTime() });
    expect(verifyTotp(a.secretBase32, code, now).ok).toBe(true);
  });
});
