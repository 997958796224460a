/** The provider endpoints that carry a cap. */
export type LimitedEndpoint = 'token' | 'deviceAuthorization' | 'codeVerification';

/**
 * Which capped endpoint a request goes to, judged the way oidc-provider's router will route it: by the path it sees
 * (the issuer's mount path already stripped, so `/token`, `/device/auth`, `/activate`), ASCII case-insensitively and
 * with one trailing slash ignored. Matching more loosely than the router is harmless; matching more strictly would
 * let `/TOKEN/` through uncounted.
 *
 * Only POSTs: each of these endpoints acts only on a post. `GET /activate?user_code=...` (the QR code) shows the
 * code pre-filled without looking it up (`activatePrefill`); the lookup happens when the form is posted.
 *
 * @param path The request path as the provider sees it, query included or not.
 * @param activatePath The verification page's route (`ACTIVATE_ROUTE`).
 */
export function limitedEndpointOf(method: string, path: string, activatePath: string): LimitedEndpoint | undefined {
  if (method.toUpperCase() !== 'POST') return undefined;
  const pathname = path.split('?', 1)[0] ?? '';
  const folded = (pathname.length > 1 && pathname.endsWith('/') ? pathname.slice(0, -1) : pathname).toUpperCase();
  if (folded === '/TOKEN') return 'token';
  if (folded === '/DEVICE/AUTH') return 'deviceAuthorization';
  if (folded === activatePath.toUpperCase()) return 'codeVerification';
  return undefined;
}
