import { hasScopes } from '@media-gateway/auth';
import { identityError } from '../errors.js';
import type { IdentityContext } from '../IdentityContext.js';

/**
 * The subgraph's own check of a field's `@requiresScopes` (same OR-of-ANDs semantics). The router enforces the
 * directive before planning; repeating it here costs a set lookup and keeps the subgraph safe if it is ever
 * reached without the router.
 */
export function requireScopes(ctx: IdentityContext, required: readonly (readonly string[])[]): void {
  const granted = ctx.identity.kind === 'anonymous' ? [] : ctx.identity.scopes;
  if (!hasScopes(granted, required)) {
    throw identityError('FORBIDDEN', `This field needs the scope ${required.map((all) => all.join(' + ')).join(' or ')}.`);
  }
}
