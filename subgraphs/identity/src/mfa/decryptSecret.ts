import { createDecipheriv } from 'node:crypto';
import { SecretBoxError } from '../errors.js';
import {
  assertSecretBoxKey,
  SECRET_BOX_NONCE_BYTES,
  SECRET_BOX_TAG_BYTES,
  SECRET_BOX_VERSION,
  secretBoxAad,
} from '../lib/secretBoxFormat.js';

const BASE64URL = /^[A-Za-z0-9_-]*$/;

/**
 * Opens a blob made by `encryptSecret` with the same key and context. Throws `SecretBoxError`:
 * `ERR_SECRET_MALFORMED` when the blob does not parse, `ERR_SECRET_VERSION` for an unknown format version, and
 * `ERR_SECRET_AUTHENTICATION` when the GCM tag does not verify (edited blob, other key, other context).
 */
export function decryptSecret(blob: string, key: Uint8Array, context = ''): string {
  assertSecretBoxKey(key);
  const parts = blob.split('.');
  const [version, nonceText, ciphertextText, tagText] = parts;
  if (version !== undefined && /^v\d+$/.test(version) && version !== SECRET_BOX_VERSION) {
    throw new SecretBoxError('ERR_SECRET_VERSION', `sealed secret has format ${version}; this build reads ${SECRET_BOX_VERSION}`);
  }
  if (parts.length !== 4 || version !== SECRET_BOX_VERSION || nonceText === undefined || ciphertextText === undefined || tagText === undefined) {
    throw new SecretBoxError('ERR_SECRET_MALFORMED', `sealed secret must be ${SECRET_BOX_VERSION}.<nonce>.<ciphertext>.<tag>`);
  }
  if (![nonceText, ciphertextText, tagText].every((part) => BASE64URL.test(part))) {
    throw new SecretBoxError('ERR_SECRET_MALFORMED', 'sealed secret parts must be base64url');
  }
  const nonce = Buffer.from(nonceText, 'base64url');
  const ciphertext = Buffer.from(ciphertextText, 'base64url');
  const tag = Buffer.from(tagText, 'base64url');
  // Node would accept a truncated tag and so weaken the check; insist on the full 16 bytes.
  if (nonce.length !== SECRET_BOX_NONCE_BYTES || tag.length !== SECRET_BOX_TAG_BYTES) {
    throw new SecretBoxError('ERR_SECRET_MALFORMED', `sealed secret needs a ${SECRET_BOX_NONCE_BYTES}-byte nonce and a ${SECRET_BOX_TAG_BYTES}-byte tag`);
  }
  const decipher = createDecipheriv('aes-256-gcm', key, nonce, { authTagLength: SECRET_BOX_TAG_BYTES });
  decipher.setAAD(secretBoxAad(version, context));
  decipher.setAuthTag(tag);
  try {
    return Buffer.concat([decipher.update(ciphertext), decipher.final()]).toString('utf8');
  } catch {
    throw new SecretBoxError('ERR_SECRET_AUTHENTICATION', 'sealed secret failed authentication: it was altered, or sealed under another key or context');
  }
}
