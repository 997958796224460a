import type { VerifiedAccessToken } from '../tokens/createAccessTokenVerifier.js';
import type { TokenRevocationCheck } from './TokenRevocations.js';

/**
 * The access-token claim that names the token's grant: oidc-provider's grant, which is §6's token family (one
 * sign-in on one client; its refresh tokens rotate within it). §6 lists the claim as `token_family_id`. The issuer
 * adds it in `extraTokenClaims` (`{ [GRANT_ID_CLAIM]: token.grantId }`); tokens without it can still be revoked by
 * `jti` or by subject, just not by grant.
 */
export const GRANT_ID_CLAIM = 'token_family_id';

/**
 * What `TokenRevocations.isRevoked` needs from a verified token. A token without `iat` (the identity service always
 * sets it; another issuer might not) is taken as issued at the epoch, so every subject cut-off covers it: a token
 * that cannot say when it was issued cannot prove it came after a password change.
 */
export function revocationCheckFor(token: VerifiedAccessToken): TokenRevocationCheck {
  const { iat, [GRANT_ID_CLAIM]: grantId } = token.claims;
  return {
    sub: token.sub,
    jti: token.tokenId,
    iat: new Date(typeof iat === 'number' && Number.isFinite(iat) ? iat * 1000 : 0),
    ...(typeof grantId === 'string' && grantId.length > 0 ? { grantId } : {}),
  };
}
