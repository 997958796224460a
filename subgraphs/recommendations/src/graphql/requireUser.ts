import type { Identity } from '@media-gateway/auth';
import { recommendationsError } from '../errors.js';

/**
 * The user the caller acts for. The router already refuses anonymous callers on `@authenticated` fields; this is
 * the subgraph's own check (deny on error), and every store call is scoped by the id it returns.
 */
export function requireUser(identity: Identity): string {
  if (identity.kind === 'user' || identity.kind === 'api_key') return identity.userId.toLowerCase();
  if (identity.kind === 'service') throw recommendationsError('FORBIDDEN', 'A service client acts for no user; recommendations need a user.');
  throw recommendationsError('UNAUTHENTICATED', 'Sign in to get recommendations.');
}
