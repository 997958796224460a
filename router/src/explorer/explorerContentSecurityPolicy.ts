/**
 * The CSP for the explorer page. Base policy: `default-src 'self'; style-src 'self' 'unsafe-inline';
 * img-src 'self' data:`. Two additions, each needed for the page to work:
 * - `font-src 'self' data:`: graphiql.min.css embeds its fonts (Roboto, Fira Code) as `data:` URLs, which
 *   `default-src 'self'` would block.
 * - `connect-src 'self' <origin>`: only when the endpoint is an absolute URL on another origin, so the fetcher
 *   may reach it. A relative endpoint is same-origin and `default-src 'self'` already allows it.
 */
export function explorerContentSecurityPolicy(endpoint: string): string {
  const directives = ["default-src 'self'", "style-src 'self' 'unsafe-inline'", "img-src 'self' data:", "font-src 'self' data:"];
  const origin = absoluteOrigin(endpoint);
  if (origin) directives.push(`connect-src 'self' ${origin}`);
  return directives.join('; ');
}

function absoluteOrigin(endpoint: string): string | undefined {
  if (!/^https?:\/\//i.test(endpoint)) return undefined;
  try {
    return new URL(endpoint).origin;
  } catch {
    return undefined;
  }
}
