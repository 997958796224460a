import { IdentityInvalidError } from '../errors.js';
import { identityAssertionKey } from '../lib/identityAssertionKey.js';
import { ANONYMOUS, type Identity } from './Identity.js';
import { verifyIdentityAssertion } from './verifyIdentityAssertion.js';

/** The header the router puts the signed identity in. The router drops any copy a client sent. */
export const IDENTITY_HEADER = 'x-mg-identity';

/** Fetch `Headers` (or anything with `get`), or Node's `IncomingHttpHeaders`. */
export type HeaderSource =
  | { get(name: string): string | null }
  | Readonly<Record<string, string | readonly string[] | undefined>>;

export interface IdentityFromHeadersOptions {
  /** The secret the router signs with; at least 32 bytes. */
  secret: string | Uint8Array;
  /** The verification time; tests freeze it. @default new Date() */
  now?: Date;
}

/**
 * What a subgraph calls per request. No header means the router saw no credential: anonymous. A header that is
 * present but unusable (empty, repeated, tampered, expired, wrong audience) is an error and never falls back to
 * anonymous: that would let a broken or hostile hop pass for "just not signed in", and some fields answer
 * differently for anonymous callers instead of refusing them.
 *
 * @throws IdentityInvalidError / IdentityExpiredError for a present but unusable header.
 * @throws TypeError for a short or missing secret, checked even when the header is absent.
 */
export async function identityFromHeaders(headers: HeaderSource, options: IdentityFromHeadersOptions): Promise<Identity> {
  identityAssertionKey(options.secret);
  const values = readHeader(headers, IDENTITY_HEADER);
  if (values.length === 0) return ANONYMOUS;
  if (values.length > 1) throw new IdentityInvalidError(`The ${IDENTITY_HEADER} header was sent ${values.length} times`);
  const [value] = values;
  if (!value) throw new IdentityInvalidError(`The ${IDENTITY_HEADER} header is empty`);
  return verifyIdentityAssertion(value.trim(), options);
}

function readHeader(headers: HeaderSource, name: string): string[] {
  if (typeof headers.get === 'function') {
    const value = (headers as { get(name: string): string | null }).get(name);
    return value === null ? [] : [value];
  }
  // A plain object may hold the name in any case (Node lower-cases, hand-built objects may not); every match counts.
  const values: string[] = [];
  for (const [key, value] of Object.entries(headers as Readonly<Record<string, string | readonly string[] | undefined>>)) {
    if (key.toLowerCase() !== name || value === undefined) continue;
    if (typeof value === 'string') values.push(value);
    else values.push(...value);
  }
  return values;
}
