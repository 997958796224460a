import { hasScopes, type Identity } from '@media-gateway/auth';
import { recommendationsError } from '../errors.js';

/** The scope the admin fields require (`@requiresScopes`), checked here too: deny on error. */
export const ADMIN_SCOPE = 'admin:system';

export function requireAdmin(identity: Identity): void {
  if (identity.kind === 'anonymous') throw recommendationsError('UNAUTHENTICATED', 'Sign in as an administrator.');
  if (!hasScopes(identity.scopes, [[ADMIN_SCOPE]])) throw recommendationsError('FORBIDDEN', `This needs the ${ADMIN_SCOPE} scope.`);
}
