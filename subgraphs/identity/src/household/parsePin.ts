import { parsed, type Parsed } from '../lib/Parsed.js';

const PIN = /^[0-9]{4}$/;

/**
 * §6: the parental PIN is exactly four ASCII digits. Nothing is trimmed or converted: a PIN pad sends four digits,
 * and silently accepting "12 34" or full-width digits would make the stored PIN differ from what the parent thinks.
 */
export function parsePin(raw: string): Parsed<string> {
  return parsed(PIN.test(raw) ? [] : ['pin must be exactly 4 digits'], raw);
}
