import { createCipheriv } from 'node:crypto';
import { assertSecretBoxKey, SECRET_BOX_NONCE_BYTES, SECRET_BOX_VERSION, secretBoxAad } from '../lib/secretBoxFormat.js';
import { cryptoRandomBytes, type RandomBytes } from '../lib/RandomBytes.js';

/**
 * Seals a secret (a TOTP secret, a platform refresh token) for storage with AES-256-GCM; see `secretBoxFormat.ts`
 * for the blob layout.
 *
 * `context` should name the row the secret belongs to, e.g. `totp:<userId>`: it is authenticated but not stored,
 * so a blob copied into another user's row fails to open there. The nonce is random, which is safe for far more
 * than 2^32 seals under one key only because the key rotates (§15, 90 days) long before that.
 */
export function encryptSecret(plain: string, key: Uint8Array, context = '', random: RandomBytes = cryptoRandomBytes): string {
  assertSecretBoxKey(key);
  const nonce = random(SECRET_BOX_NONCE_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, nonce);
  cipher.setAAD(secretBoxAad(SECRET_BOX_VERSION, context));
  const ciphertext = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  const tag = cipher.getAuthTag();
  const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url');
  return `${SECRET_BOX_VERSION}.${b64(nonce)}.${b64(ciphertext)}.${b64(tag)}`;
}
