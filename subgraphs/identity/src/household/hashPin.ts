import { hash } from 'bcryptjs';
import { parsePin } from './parsePin.js';

/** §6 "4-digit PIN (bcrypt)". Cost 10 as for backup codes. */
export const PIN_BCRYPT_COST = 10;

/**
 * The bcrypt hash to store for a PIN; throws a TypeError for anything `parsePin` rejects.
 *
 * With 10,000 possible PINs no hash can stop an offline search once the hash leaks; bcrypt only slows it. The
 * protection that matters is online: callers must limit PIN attempts per profile, as `MfaAttemptPolicy` does for
 * MFA codes.
 */
export function hashPin(pin: string): Promise<string> {
  if (!parsePin(pin).ok) throw new TypeError('pin must be exactly 4 digits; run parsePin on user input first');
  return hash(pin, PIN_BCRYPT_COST);
}
