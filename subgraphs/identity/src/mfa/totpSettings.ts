/**
 * §6 TOTP: RFC 6238 with SHA-1, 6 digits and a 30 s step, accepting one step either side for clock drift.
 * SHA-1 is what every authenticator app implements; HMAC-SHA-1 is not weakened by SHA-1's collision attacks.
 */
export const TOTP_SETTINGS = Object.freeze({
  issuer: 'MediaGateway',
  algorithm: 'SHA1',
  digits: 6,
  periodSeconds: 30,
  /** Steps accepted either side of the current one: a code stays usable for up to 90 s. */
  window: 1,
  /** RFC 4226 §4 asks for at least 128 bits and recommends 160; 20 bytes is also what authenticator apps expect. */
  secretBytes: 20,
});

/** The RFC 6238 time step `now` falls in. */
export function totpStep(now: Date): number {
  return Math.floor(now.getTime() / 1000 / TOTP_SETTINGS.periodSeconds);
}
