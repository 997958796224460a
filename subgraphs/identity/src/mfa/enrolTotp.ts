import { Secret, TOTP } from 'otpauth';
import { toDataURL } from 'qrcode';
import { TOTP_SETTINGS } from './totpSettings.js';
import { cryptoRandomBytes, type RandomBytes } from '../lib/RandomBytes.js';

export interface TotpEnrolment {
  /**
   * The shared secret in base32, for manual entry in an authenticator. Encrypt it with `encryptSecret` before
   * storing it, and keep it pending until the user proves possession with a first `verifyTotp`.
   */
  secretBase32: string;
  /** `otpauth://totp/MediaGateway:<email>?secret=…&issuer=MediaGateway&algorithm=SHA1&digits=6&period=30` */
  otpauthUri: string;
  /** The URI as a QR code, `data:image/png;base64,…` (§6). */
  qrDataUrl: string;
}

/** A fresh TOTP secret for `email`, with everything an authenticator app needs to import it. */
export async function enrolTotp(email: string, random: RandomBytes = cryptoRandomBytes): Promise<TotpEnrolment> {
  // Copy into a fresh buffer: Node's randomBytes may hand out a slice of a shared pool, and Secret keeps `.buffer`.
  const secret = new Secret({ buffer: Uint8Array.from(random(TOTP_SETTINGS.secretBytes)).buffer });
  const totp = new TOTP({
    issuer: TOTP_SETTINGS.issuer,
    label: email,
    secret,
    algorithm: TOTP_SETTINGS.algorithm,
    digits: TOTP_SETTINGS.digits,
    period: TOTP_SETTINGS.periodSeconds,
  });
  const otpauthUri = totp.toString();
  // Error correction 'M' survives a slightly blurry phone camera without making the code needlessly dense.
  const qrDataUrl = await toDataURL(otpauthUri, { type: 'image/png', errorCorrectionLevel: 'M', margin: 2, width: 256 });
  return { secretBase32: secret.base32, otpauthUri, qrDataUrl };
}
