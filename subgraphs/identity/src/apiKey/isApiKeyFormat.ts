import { API_KEY_BODY_LENGTH, API_KEY_PREFIX } from './generateApiKey.js';

const API_KEY = new RegExp(`^${API_KEY_PREFIX}[A-Za-z0-9]{${API_KEY_BODY_LENGTH}}$`);

/**
 * Whether `value` has the shape of one of our API keys. Check this before touching the database, so random
 * bearer strings cost no query. The fixed prefix also lets secret scanners (GitHub, gitleaks) spot leaked keys.
 */
export function isApiKeyFormat(value: string): boolean {
  return API_KEY.test(value);
}
