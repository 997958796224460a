import { errors, jwtVerify } from 'jose';
import { IdentityExpiredError, IdentityInvalidError } from '../errors.js';
import { parseIdentity } from '../lib/parseIdentity.js';
import { IDENTITY_AUDIENCE, IDENTITY_ISSUER, MAX_IDENTITY_TTL_SECONDS, identityAssertionKey } from '../lib/identityAssertionKey.js';
import type { Identity } from './Identity.js';

export interface VerifyIdentityAssertionOptions {
  /** The secret the router signs with; at least 32 bytes. */
  secret: string | Uint8Array;
  /** The verification time; tests freeze it. @default new Date() */
  now?: Date;
}

/**
 * Router and subgraph clocks may drift a little; an assertion lives a minute, so a few seconds of slack costs
 * nothing and avoids spurious failures right after signing.
 */
const CLOCK_TOLERANCE_SECONDS = 5;

/**
 * Checks an `x-mg-identity` assertion and returns the identity in it.
 *
 * @throws IdentityExpiredError past `exp` (or older than 300 s by `iat`).
 * @throws IdentityInvalidError for anything else: tampered, another algorithm (only HS256), wrong `iss`/`aud`,
 *   missing `jti`/`iat`/`exp`, malformed, or an identity claim that is not a valid `Identity`.
 * @throws TypeError when `options.secret` is missing or shorter than 32 bytes (caller misuse).
 */
export async function verifyIdentityAssertion(token: string, options: VerifyIdentityAssertionOptions): Promise<Identity> {
  const key = identityAssertionKey(options.secret);
  let claims: Record<string, unknown>;
  try {
    ({ payload: claims } = await jwtVerify(token, key, {
      algorithms: ['HS256'],
      issuer: IDENTITY_ISSUER,
      audience: IDENTITY_AUDIENCE,
      requiredClaims: ['jti', 'iat', 'exp'],
      maxTokenAge: MAX_IDENTITY_TTL_SECONDS,
      clockTolerance: CLOCK_TOLERANCE_SECONDS,
      ...(options.now ? { currentDate: options.now } : {}),
    }));
  } catch (error) {
    if (error instanceof errors.JWTExpired) throw new IdentityExpiredError(`Identity assertion expired: ${error.message}`, { cause: error });
    throw new IdentityInvalidError(`Identity assertion rejected: ${describe(error)}`, { cause: error });
  }
  const parsed = parseIdentity(claims.mg_identity);
  if (parsed.problem !== undefined) throw new IdentityInvalidError(`Identity assertion rejected: ${parsed.problem}`);
  return parsed.identity;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
