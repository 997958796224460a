import { parsed, type Parsed } from '../lib/Parsed.js';

export const DISPLAY_NAME_MAX_LENGTH = 100;

/** A display name (§7): trimmed, 1 to 100 characters, no control characters (it is shown in mails and UIs). */
export function parseDisplayName(raw: string): Parsed<string> {
  const name = raw.trim().normalize('NFC');
  const length = [...name].length;
  const problems: string[] = [];
  if (length < 1 || length > DISPLAY_NAME_MAX_LENGTH) problems.push(`displayName must be 1 to ${DISPLAY_NAME_MAX_LENGTH} characters, got ${length}`);
  if (/\p{Cc}/u.test(name)) problems.push('displayName must not contain control characters');
  return parsed(problems, name);
}
