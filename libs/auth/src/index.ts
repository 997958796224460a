export {
  AUTH_ERRORS,
  REMOVED_AUTH_ERRORS,
  AuthError,
  TokenMissingError,
  TokenMalformedError,
  TokenExpiredError,
  TokenInvalidError,
  TokenNotYetValidError,
  KeysUnavailableError,
  TokenRevokedError,
  RevocationUnavailableError,
  IdentityInvalidError,
  IdentityExpiredError,
  isAuthError,
  authErrorExtensions,
} from './errors.js';
export { SCOPES, isScope } from './scopes/Scope.js';
export { ROLES, isRole, parseRole } from './scopes/Role.js';
export { ROLE_SCOPES, scopesForRole } from './scopes/scopesForRole.js';
export { hasScopes } from './scopes/hasScopes.js';
export { DEVICE_LIMITS, deviceLimitForRole } from './scopes/deviceLimitForRole.js';
export { ANONYMOUS } from './identity/Identity.js';
export { signIdentityAssertion } from './identity/signIdentityAssertion.js';
export { verifyIdentityAssertion } from './identity/verifyIdentityAssertion.js';
export { IDENTITY_HEADER, identityFromHeaders } from './identity/identityFromHeaders.js';
export { ROLE_CLAIM, createAccessTokenVerifier } from './tokens/createAccessTokenVerifier.js';
export { API_AUDIENCE } from './tokens/apiAudience.js';
export { API_KEY_PREFIX, parseAuthorization } from './tokens/parseAuthorization.js';
export { RATE_LIMIT_TIERS, RATE_LIMIT_TIER_FOR_ROLE, API_KEY_DEFAULT_PER_MINUTE } from './rateLimit/rateLimitTiers.js';
export { createRateLimiter } from './rateLimit/createRateLimiter.js';
export { MemoryTokenRevocations } from './revocation/MemoryTokenRevocations.js';
export { RedisTokenRevocations } from './revocation/RedisTokenRevocations.js';
export { GRANT_ID_CLAIM, revocationCheckFor } from './revocation/revocationCheckFor.js';
export { apiKeyHash } from './apiKeys/apiKeyHash.js';
export { apiKeyCacheKey } from './apiKeys/apiKeyCacheKey.js';

export type { AnyAuthError, AuthErrorCode, AuthErrorDescriptor, AuthErrorExtensions } from './errors.js';
export type { Scope } from './scopes/Scope.js';
export type { Role } from './scopes/Role.js';
export type { Identity, IdentityKind } from './identity/Identity.js';
export type { SignIdentityAssertionOptions } from './identity/signIdentityAssertion.js';
export type { VerifyIdentityAssertionOptions } from './identity/verifyIdentityAssertion.js';
export type { HeaderSource, IdentityFromHeadersOptions } from './identity/identityFromHeaders.js';
export type {
  AccessTokenKeySource,
  AccessTokenVerifier,
  AccessTokenVerifierOptions,
  LocalKeySource,
  RemoteKeySource,
  VerifiedAccessToken,
} from './tokens/createAccessTokenVerifier.js';
export type { AuthorizationCredential } from './tokens/parseAuthorization.js';
export type { RateLimitTier, RateLimitTierLimits } from './rateLimit/rateLimitTiers.js';
export type { RateLimitDecision, RateLimitPolicy, RateLimiter, RateLimiterOptions } from './rateLimit/createRateLimiter.js';
export type { TokenRevocationCheck, TokenRevocations, TokenRevocationsOptions } from './revocation/TokenRevocations.js';
export type { RedisTokenRevocationsOptions } from './revocation/RedisTokenRevocations.js';
