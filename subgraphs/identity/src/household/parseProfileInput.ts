import { parsed, type Parsed } from '../lib/Parsed.js';

export const PROFILE_NAME_MAX_LENGTH = 50;
const AVATAR_URL_MAX_LENGTH = 2048;

export interface ProfileInput {
  name: string;
  isKids?: boolean | null;
  avatarUrl?: string | null;
}

export interface Profile {
  /** Trimmed. */
  name: string;
  isKids: boolean;
  avatarUrl: string | null;
}

/**
 * Validates a profile (one of the up to six viewers in a household), reporting every problem at once.
 * Avatars must be https: clients render them directly, and an http image is mixed content on the web app and an
 * unencrypted fetch that tells the network who is watching.
 */
export function parseProfileInput(input: ProfileInput): Parsed<Profile> {
  const problems: string[] = [];
  const name = input.name.trim();
  const nameLength = [...name].length;
  if (nameLength < 1 || nameLength > PROFILE_NAME_MAX_LENGTH) {
    problems.push(`name must be 1 to ${PROFILE_NAME_MAX_LENGTH} characters, got ${nameLength}`);
  }
  if (/\p{Cc}/u.test(name)) problems.push('name must not contain control characters');

  const avatarUrl = input.avatarUrl?.trim() || null;
  if (avatarUrl !== null) {
    const problem = avatarUrlProblem(avatarUrl);
    if (problem) problems.push(problem);
  }

  return parsed(problems, { name, isKids: input.isKids ?? false, avatarUrl });
}

function avatarUrlProblem(value: string): string | null {
  if (value.length > AVATAR_URL_MAX_LENGTH) return `avatarUrl must be at most ${AVATAR_URL_MAX_LENGTH} characters`;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `avatarUrl must be an absolute https URL, got ${JSON.stringify(value.slice(0, 100))}`;
  }
  if (url.protocol !== 'https:') return `avatarUrl must use https, got ${url.protocol.slice(0, -1)}`;
  if (url.username !== '' || url.password !== '') return 'avatarUrl must not contain credentials';
  return null;
}
