/**
 * Compile-only checks of the public types (run by `tsc`, never by vitest), in the manner of jose `test-d/`. A change
 * that breaks a consumer's narrowing or call shape fails the typecheck here first.
 */
import { expectTypeOf } from 'vitest';
import {
  MemoryTokenRevocations,
  createAccessTokenVerifier,
  createRateLimiter,
  hasScopes,
  identityFromHeaders,
  parseAuthorization,
  scopesForRole,
  signIdentityAssertion,
  verifyIdentityAssertion,
  type AnyAuthError,
  type AuthErrorCode,
  type Identity,
  type RateLimitDecision,
  type TokenRevocations,
  type Role,
  type Scope,
  type VerifiedAccessToken,
} from '@media-gateway/auth';

declare const error: AnyAuthError;
switch (error.code) {
  case 'KEYS_UNAVAILABLE':
    expectTypeOf(error.code).toEqualTypeOf<'KEYS_UNAVAILABLE'>();
    break;
  case 'TOKEN_REVOKED':
    expectTypeOf(error.code).toEqualTypeOf<'TOKEN_REVOKED'>();
    break;
  default:
    expectTypeOf(error.code).toExtend<AuthErrorCode>();
}

declare const identity: Identity;
if (identity.kind === 'user') {
  expectTypeOf(identity.role).toEqualTypeOf<Role>();
  expectTypeOf(identity.profileId).toEqualTypeOf<string | undefined>();
} else if (identity.kind === 'service') {
  expectTypeOf(identity.clientId).toEqualTypeOf<string>();
  // @ts-expect-error a service identity has no role
  void identity.role;
}

expectTypeOf(scopesForRole('free')).toEqualTypeOf<readonly Scope[]>();
expectTypeOf(hasScopes).parameter(1).toEqualTypeOf<readonly (readonly string[])[]>();
expectTypeOf(signIdentityAssertion({ kind: 'anonymous' }, { secret: 's' })).resolves.toEqualTypeOf<string>();
expectTypeOf(verifyIdentityAssertion('t', { secret: 's' })).resolves.toEqualTypeOf<Identity>();
expectTypeOf(identityFromHeaders(new Headers(), { secret: 's' })).resolves.toEqualTypeOf<Identity>();

const credential = parseAuthorization('Bearer x');
if (credential.kind === 'api_key') expectTypeOf(credential.key).toEqualTypeOf<string>();

const verifier = createAccessTokenVerifier({ issuer: 'i', audience: 'a', keys: { kind: 'remote', jwksUrl: 'https://i/jwks' } });
expectTypeOf(verifier.verify('t')).resolves.toEqualTypeOf<VerifiedAccessToken>();
// @ts-expect-error a local key source needs getJwks
createAccessTokenVerifier({ issuer: 'i', audience: 'a', keys: { kind: 'local' } });

const limiter = createRateLimiter({ keyPrefix: 'rl' });
expectTypeOf(limiter.consume('s', { tier: 'premium' })).resolves.toEqualTypeOf<RateLimitDecision>();
// @ts-expect-error tiers are a closed set
void limiter.consume('s', { tier: 'gold' });

const revocations: TokenRevocations = new MemoryTokenRevocations({ accessTokenLifetimeSeconds: 3600 });
expectTypeOf(revocations.isRevoked({ sub: 's', jti: 'j', iat: new Date() })).resolves.toEqualTypeOf<boolean>();
// @ts-expect-error iat is a Date, not JWT seconds
void revocations.isRevoked({ sub: 's', jti: 'j', iat: 1 });
