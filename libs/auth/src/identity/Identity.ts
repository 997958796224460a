import type { Role } from '../scopes/Role.js';

/**
 * Who the router decided the caller is, as every subgraph sees it. The router verifies the credential once (access
 * token or API key) and forwards this, signed, in the `x-mg-identity` header; subgraphs never see the original
 * credential. Scopes are plain strings so a router that knows a newer scope does not break an older subgraph during
 * a rolling deploy; check them with `hasScopes`.
 */
export type Identity =
  | { kind: 'anonymous' }
  | {
      kind: 'user';
      userId: string;
      role: Role;
      scopes: readonly string[];
      /** The household profile the user is acting as, when the client picked one. */
      profileId?: string;
      /** The access token's `jti`, so a subgraph can check the revocation denylist or log it. */
      tokenId?: string;
    }
  | { kind: 'api_key'; userId: string; apiKeyId: string; role: Role; scopes: readonly string[] }
  | { kind: 'service'; clientId: string; scopes: readonly string[] };

export type IdentityKind = Identity['kind'];

export const ANONYMOUS: Identity = Object.freeze({ kind: 'anonymous' });
