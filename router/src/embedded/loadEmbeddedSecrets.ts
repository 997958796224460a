import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** Secrets the embedded product needs that must survive restarts (encrypted MFA secrets, login cookies). */
export interface EmbeddedSecrets {
  /** AES-256-GCM key for TOTP secrets at rest, base64url of 32 bytes. */
  mfaKey: string;
  /** Keys signing the OAuth server's cookies, newest first. */
  cookieKeys: string[];
  /** Client secret of the first-party `service` client. */
  serviceClientSecret: string;
}

/**
 * Embedded mode keeps its generated secrets in `<dataDir>/secrets.json` (mode 0600), created on first start. In
 * production these come from the environment instead; losing this file means enrolled MFA can't be decrypted.
 */
export function loadEmbeddedSecrets(path: string): EmbeddedSecrets {
  if (existsSync(path)) return JSON.parse(readFileSync(path, 'utf8')) as EmbeddedSecrets;
  const secrets: EmbeddedSecrets = {
    mfaKey: randomBytes(32).toString('base64url'),
    cookieKeys: [randomBytes(32).toString('base64url')],
    serviceClientSecret: randomBytes(32).toString('base64url'),
  };
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(secrets, null, 2)}\n`, { mode: 0o600 });
  return secrets;
}
