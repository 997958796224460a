import { describe, expect, it } from 'vitest';
import {
  AUTH_ERRORS,
  IdentityExpiredError,
  IdentityInvalidError,
  KeysUnavailableError,
  REMOVED_AUTH_ERRORS,
  RevocationUnavailableError,
  TokenExpiredError,
  TokenInvalidError,
  TokenMalformedError,
  TokenMissingError,
  TokenNotYetValidError,
  TokenRevokedError,
  authErrorExtensions,
  isAuthError,
  type AnyAuthError,
} from '@media-gateway/auth';

const ONE_OF_EACH: AnyAuthError[] = [
  new TokenMissingError('m'),
  new TokenMalformedError('m'),
  new TokenExpiredError('m'),
  new TokenInvalidError('m'),
  new TokenNotYetValidError('m'),
  new KeysUnavailableError('m'),
  new TokenRevokedError('m'),
  new RevocationUnavailableError('m'),
  new IdentityInvalidError('m'),
  new IdentityExpiredError('m'),
];

describe('auth errors', () => {
  it('has one class per registered code, each carrying its code', () => {
    expect(ONE_OF_EACH.map((e) => e.code).sort()).toEqual(Object.keys(AUTH_ERRORS).sort());
    for (const error of ONE_OF_EACH) {
      expect(error).toBeInstanceOf(Error);
      expect((error.constructor as unknown as { code: string }).code).toBe(error.code);
      expect(error.name).toBe(error.constructor.name);
      expect(isAuthError(error)).toBe(true);
    }
    expect(isAuthError(new Error('x'))).toBe(false);
    expect(REMOVED_AUTH_ERRORS).toEqual([]);
  });

  it('describes every code with the version that added it', () => {
    for (const descriptor of Object.values(AUTH_ERRORS)) {
      expect(descriptor.description.length).toBeGreaterThan(10);
      expect(descriptor.addedIn).toMatch(/^\d+\.\d+\.\d+$/);
    }
  });

  it('maps every code to UNAUTHENTICATED/401 except the two store outages, retryable server faults', () => {
    expect(authErrorExtensions(new TokenExpiredError('expired'))).toEqual({ code: 'UNAUTHENTICATED', authCode: 'TOKEN_EXPIRED', http: { status: 401 } });
    expect(authErrorExtensions(new TokenRevokedError('revoked'))).toEqual({ code: 'UNAUTHENTICATED', authCode: 'TOKEN_REVOKED', http: { status: 401 } });
    expect(authErrorExtensions(new KeysUnavailableError('down'))).toEqual({ code: 'INTERNAL_SERVER_ERROR', authCode: 'KEYS_UNAVAILABLE', http: { status: 503 } });
    expect(authErrorExtensions(new RevocationUnavailableError('down'))).toEqual({
      code: 'INTERNAL_SERVER_ERROR',
      authCode: 'REVOCATION_UNAVAILABLE',
      http: { status: 503 },
    });
    const retryable = new Set(['KEYS_UNAVAILABLE', 'REVOCATION_UNAVAILABLE']);
    const others = ONE_OF_EACH.filter((e) => !retryable.has(e.code)).map((e) => authErrorExtensions(e).code);
    expect(new Set(others)).toEqual(new Set(['UNAUTHENTICATED']));
  });

  it('keeps the cause', () => {
    const cause = new Error('root');
    expect(new TokenInvalidError('wrapped', { cause }).cause).toBe(cause);
  });
});
