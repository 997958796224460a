import type { ParsedUrlQuery } from 'node:querystring';
import type Provider from 'oidc-provider';

/**
 * Whether a posted verification form carries a user code that oidc-provider will accept: exactly one `user_code`
 * field naming a device code that exists, has not expired, and was not yet approved, denied or taken up. The same
 * conditions as the provider's `code_verification` action, normalised the same way (ASCII letters upper-cased, then
 * everything but `[A-Za-z0-9_]` dropped: `bcdf-ghjk` is `BCDFGHJK`).
 *
 * A second lookup of the same row the provider reads right after; it is what lets `/activate` count only the wrong
 * codes (see `createOAuthLimitGate`). Anything unusual (no field, two fields, an empty code) answers `false`, which
 * only ever means "counted".
 */
export async function isLiveUserCode(provider: Provider, form: ParsedUrlQuery | undefined): Promise<boolean> {
  const typed = form?.user_code;
  if (typeof typed !== 'string') return false;
  const normalized = typed.replace(/[a-z]/g, (char) => char.toUpperCase()).replace(/\W/g, '');
  if (normalized.length === 0) return false;
  const code = await provider.DeviceCode.findByUserCode(normalized, { ignoreExpiration: true });
  return code !== undefined && !code.isExpired && !code.error && !code.accountId && !code.inFlight;
}
