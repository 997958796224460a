import { normalizeEmail } from './normalizeEmail.js';
import { parsed, type Parsed } from '../lib/Parsed.js';

/** RFC 5321 §4.5.3.1: 64 octets of local part, 254 for the whole path without angle brackets. */
const MAX_LOCAL_LENGTH = 64;
const MAX_EMAIL_LENGTH = 254;
// Deliberately permissive: the verification email (§6) is the real test of an address. This only rejects what
// cannot be an address at all, or what is unsafe to store and show (whitespace, control characters, angle brackets).
const LOCAL_PART = /^[^\s@<>()[\]\\,;:"\p{Cc}]+$/u;
const DOMAIN_LABEL = /^(?!-)[\p{L}\p{N}-]{1,63}(?<!-)$/u;

/** Validates an address and returns it in stored form (`normalizeEmail`), or every problem found. */
export function parseEmail(raw: string): Parsed<string> {
  const email = normalizeEmail(raw);
  const problems: string[] = [];
  if (email.length > MAX_EMAIL_LENGTH) problems.push(`email must be at most ${MAX_EMAIL_LENGTH} characters, got ${email.length}`);
  const at = email.lastIndexOf('@');
  if (at < 1 || at === email.length - 1) {
    problems.push('email must look like name@example.com');
    return parsed(problems, email);
  }
  const local = email.slice(0, at);
  const domain = email.slice(at + 1);
  if (local.length > MAX_LOCAL_LENGTH) problems.push(`email local part must be at most ${MAX_LOCAL_LENGTH} characters, got ${local.length}`);
  if (!LOCAL_PART.test(local) || local.startsWith('.') || local.endsWith('.') || local.includes('..')) {
    problems.push('email local part contains characters that are not allowed');
  }
  const labels = domain.split('.');
  if (labels.length < 2 || !labels.every((label) => DOMAIN_LABEL.test(label))) {
    problems.push(`email domain ${JSON.stringify(domain)} is not a valid domain name`);
  }
  return parsed(problems, email);
}
