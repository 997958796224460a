import type { TokenRevocationCheck, TokenRevocationsOptions } from './TokenRevocations.js';

/** What an adapter found stored for one token: the subject's cut-off (epoch ms) and whether grant and jti are listed. */
export interface StoredRevocations {
  subjectBeforeMs: number | null;
  grant: boolean;
  token: boolean;
}

export interface RevocationPolicy {
  nowMs(): number;
  /** Milliseconds to keep a subject cut-off at `before`; ≤ 0 when every token it covers has expired. */
  subjectTtlMs(before: Date): number;
  /** Milliseconds to keep a grant or jti entry whose tokens expire by `until`; ≤ 0 when they all have. */
  entryTtlMs(until: Date): number;
  isCovered(check: TokenRevocationCheck, stored: StoredRevocations): boolean;
  /** Caller misuse is a `TypeError` naming the argument, as everywhere in this package. */
  checkId(value: unknown, name: string): string;
  checkDate(value: unknown, name: string): Date;
  checkToken(token: TokenRevocationCheck): void;
}

/**
 * The rules both `TokenRevocations` adapters share, so they differ only in where entries live.
 *
 * A subject cut-off covers a token when `iat <= before`. `iat` has whole-second resolution, so a token issued in
 * the same second as the cut-off but after it is covered too: the rule errs on the side of refusing. Worked example:
 * the password changes at 10:00:00.700; a token issued at 10:00:00.200 (`iat` 10:00:00) is revoked, and so is one
 * issued at 10:00:00.900 by a sign-in right after the change; one issued at 10:00:01.000 is not.
 *
 * Entries are kept while a token they cover can still pass verification: a cut-off for `lifetime + skew` after it
 * (the newest token it covers was issued at `before`), a grant or jti entry for `skew` after `until`.
 */
export function revocationPolicy(options: TokenRevocationsOptions = {}): RevocationPolicy {
  const lifetimeMs = seconds(options.accessTokenLifetimeSeconds, 3600, 'options.accessTokenLifetimeSeconds') * 1000;
  const skewMs = seconds(options.clockToleranceSeconds, 60, 'options.clockToleranceSeconds') * 1000;
  if (options.now !== undefined && typeof options.now !== 'function') throw new TypeError('options.now must be a function returning a Date');
  const now = options.now ?? (() => new Date());
  const nowMs = () => now().getTime();

  const checkId = (value: unknown, name: string): string => {
    if (typeof value !== 'string' || value.length === 0) throw new TypeError(`${name} must be a non-empty string, got ${JSON.stringify(value)}`);
    return value;
  };
  const checkDate = (value: unknown, name: string): Date => {
    if (!(value instanceof Date) || Number.isNaN(value.getTime())) throw new TypeError(`${name} must be a valid Date, got ${String(value)}`);
    return value;
  };

  return {
    nowMs,
    subjectTtlMs: (before) => checkDate(before, 'before').getTime() + lifetimeMs + skewMs - nowMs(),
    entryTtlMs: (until) => checkDate(until, 'until').getTime() + skewMs - nowMs(),
    isCovered(check, stored) {
      if (stored.token) return true;
      if (check.grantId !== undefined && stored.grant) return true;
      return stored.subjectBeforeMs !== null && check.iat.getTime() <= stored.subjectBeforeMs;
    },
    checkId,
    checkDate,
    checkToken(token) {
      if (typeof token !== 'object' || token === null) throw new TypeError('token must be { sub, jti, iat, grantId? }');
      checkId(token.sub, 'token.sub');
      checkId(token.jti, 'token.jti');
      checkDate(token.iat, 'token.iat');
      if (token.grantId !== undefined) checkId(token.grantId, 'token.grantId');
    },
  };
}

function seconds(value: unknown, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw new TypeError(`${name} must be a non-negative number of seconds, got ${String(value)}`);
  }
  return value;
}
