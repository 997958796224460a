import type { Identity } from '@media-gateway/auth';

/** The user an identity acts for: a signed-in user or an API key's owner; null for anonymous and service callers. */
export function callerUserId(identity: Identity): string | null {
  return identity.kind === 'user' || identity.kind === 'api_key' ? identity.userId : null;
}
