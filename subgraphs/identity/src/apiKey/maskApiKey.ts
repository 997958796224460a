import { API_KEY_LOOKUP_PREFIX_LENGTH } from './generateApiKey.js';

/**
 * How a key appears in listings (§6 "Listing shows keys masked"): its stored prefix and an ellipsis,
 * e.g. `mg_live_AbCd…`. Anything past 12 characters is cut, so passing a whole key by mistake still shows no more
 * than the prefix.
 */
export function maskApiKey(prefix: string): string {
  return `${prefix.slice(0, API_KEY_LOOKUP_PREFIX_LENGTH)}…`;
}
