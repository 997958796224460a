import { isApiKeyScope, type ApiKeyScope } from './apiKeyScopes.js';
import { parsed, type Parsed } from '../lib/Parsed.js';

export const API_KEY_NAME_MAX_LENGTH = 100;
export const API_KEY_MAX_EXPIRY_DAYS = 365;
export const API_KEY_RATE_LIMIT_MAX = 10_000;
/** §6: "Per-key limit 60/min by default (configurable)". */
export const API_KEY_DEFAULT_RATE_LIMIT = 60;

export interface ApiKeyRequestInput {
  name: string;
  scopes: readonly string[];
  expiresInDays?: number | null;
  rateLimitPerMinute?: number | null;
}

export interface ApiKeyRequest {
  /** Trimmed. */
  name: string;
  /** De-duplicated, in the order given. */
  scopes: ApiKeyScope[];
  /** null: the key never expires (§6 expiry is optional). */
  expiresInDays: number | null;
  rateLimitPerMinute: number;
}

/** Validates a create-API-key request and fills the defaults, reporting every problem at once. */
export function parseApiKeyRequest(input: ApiKeyRequestInput): Parsed<ApiKeyRequest> {
  const problems: string[] = [];

  const name = input.name.trim();
  const nameLength = [...name].length;
  if (nameLength < 1 || nameLength > API_KEY_NAME_MAX_LENGTH) {
    problems.push(`name must be 1 to ${API_KEY_NAME_MAX_LENGTH} characters, got ${nameLength}`);
  }
  // Names show up in listings and audit details; a control character there is never intended.
  if (/\p{Cc}/u.test(name)) problems.push('name must not contain control characters');

  const scopes = [...new Set(input.scopes)];
  if (scopes.length === 0) problems.push('scopes must name at least one scope');
  const unknown = scopes.filter((scope) => !isApiKeyScope(scope));
  if (unknown.length > 0) problems.push(`scopes has unknown scopes: ${unknown.join(', ')}`);

  const expiresInDays = input.expiresInDays ?? null;
  if (expiresInDays !== null && (!Number.isInteger(expiresInDays) || expiresInDays < 1 || expiresInDays > API_KEY_MAX_EXPIRY_DAYS)) {
    problems.push(`expiresInDays must be a whole number from 1 to ${API_KEY_MAX_EXPIRY_DAYS}, or null for no expiry, got ${expiresInDays}`);
  }

  const rateLimitPerMinute = input.rateLimitPerMinute ?? API_KEY_DEFAULT_RATE_LIMIT;
  if (!Number.isInteger(rateLimitPerMinute) || rateLimitPerMinute < 1 || rateLimitPerMinute > API_KEY_RATE_LIMIT_MAX) {
    problems.push(`rateLimitPerMinute must be a whole number from 1 to ${API_KEY_RATE_LIMIT_MAX}, got ${rateLimitPerMinute}`);
  }

  return parsed(problems, { name, scopes: scopes.filter(isApiKeyScope), expiresInDays, rateLimitPerMinute });
}

