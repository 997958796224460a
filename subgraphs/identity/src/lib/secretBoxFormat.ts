/**
 * The sealed-secret format shared by `encryptSecret` and `decryptSecret`:
 *
 *   v1.<nonce>.<ciphertext>.<tag>      each part base64url without padding
 *
 * AES-256-GCM with a 12-byte random nonce and a 16-byte tag (§6 MFA, §6 platform tokens, §15 at-rest encryption).
 * The version comes first so a later format (for example one that names a key id, for the 90-day key rotation of
 * §15) can be told apart without guessing. The version and the caller's context string are bound in as
 * additional authenticated data, so neither can be changed without the tag failing.
 */
export const SECRET_BOX_VERSION = 'v1';
export const SECRET_BOX_NONCE_BYTES = 12;
export const SECRET_BOX_TAG_BYTES = 16;
export const SECRET_BOX_KEY_BYTES = 32;

export function secretBoxAad(version: string, context: string): Buffer {
  return Buffer.from(`media-gateway/identity/secret-box/${version}\0${context}`, 'utf8');
}

/** A wrong key size is the caller's misuse, not bad input, so it is a TypeError that names the parameter. */
export function assertSecretBoxKey(key: Uint8Array): void {
  if (!(key instanceof Uint8Array) || key.length !== SECRET_BOX_KEY_BYTES) {
    throw new TypeError(`key must be ${SECRET_BOX_KEY_BYTES} bytes for AES-256-GCM, got ${key instanceof Uint8Array ? key.length : typeof key}`);
  }
}
