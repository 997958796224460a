import type { Identity } from '@media-gateway/auth';
import { syncError } from '../errors.js';

/**
 * The user whose library (and devices) the caller may touch. The router enforces `@authenticated` too; this holds
 * when the subgraph is called directly. API keys act for their user.
 */
export function requireUserId(identity: Identity): string {
  if (identity.kind === 'user' || identity.kind === 'api_key') return identity.userId;
  if (identity.kind === 'service') throw syncError('FORBIDDEN', 'a service identity has no library; call as a user');
  throw syncError('UNAUTHENTICATED', 'sign in to use your library');
}
