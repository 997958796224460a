import { compare } from 'bcryptjs';
import { parsePin } from './parsePin.js';

/** Whether `pin` matches the stored hash. A value that is not four digits is false without running bcrypt. */
export async function verifyPin(pin: string, storedHash: string): Promise<boolean> {
  if (!parsePin(pin).ok) return false;
  return compare(pin, storedHash);
}
