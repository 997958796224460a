/** The assertion's fixed `iss` and `aud`: a router-signed token is only ever accepted by subgraphs. */
export const IDENTITY_ISSUER = 'media-gateway-router';
export const IDENTITY_AUDIENCE = 'media-gateway-subgraphs';

/**
 * The longest lifetime an assertion may have. An assertion covers one router → subgraph hop, so a minute is
 * plenty; the cap bounds the replay window if one leaks from the internal network, and the verifier enforces it on
 * `iat` too.
 */
export const MAX_IDENTITY_TTL_SECONDS = 300;

/** HS256 wants at least as many key bytes as the hash output (RFC 7518 §3.2). */
const MIN_SECRET_BYTES = 32;

/**
 * Turns the shared secret into HS256 key bytes. Every entry point calls this before looking at its input, so a
 * short secret fails on the first call (at boot, in practice) even on a path that would not need the key, such as a
 * request without the header.
 */
export function identityAssertionKey(secret: unknown): Uint8Array {
  const key = typeof secret === 'string' ? new TextEncoder().encode(secret) : secret instanceof Uint8Array ? secret : undefined;
  if (!key) throw new TypeError('options.secret must be a string or Uint8Array');
  if (key.byteLength < MIN_SECRET_BYTES) {
    throw new TypeError(`options.secret must be at least ${MIN_SECRET_BYTES} bytes, got ${key.byteLength}`);
  }
  return key;
}
