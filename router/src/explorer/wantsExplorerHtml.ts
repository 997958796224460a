/** The parts of a request the decision needs; a Fastify request and a raw `IncomingMessage` both fit. */
export interface ExplorerRequestLike {
  method?: string | undefined;
  url?: string | undefined;
  headers: { accept?: string | string[] | undefined };
}

/**
 * Whether a request to the explorer's path is a browser asking for the page: a `GET` that explicitly accepts
 * `text/html` and carries no `query` parameter. Anything else (a GraphQL-over-HTTP GET with `?query=`, a client
 * sending `Accept: application/json` or only a wildcard, a POST) belongs to the GraphQL endpoint, which may share the path.
 *
 * @example
 * wantsExplorerHtml({ method: 'GET', url: '/graphql', headers: { accept: 'text/html,application/xhtml+xml' } }); // true
 * wantsExplorerHtml({ method: 'GET', url: '/graphql?query={__typename}', headers: { accept: 'text/html' } }); // false
 */
export function wantsExplorerHtml(request: ExplorerRequestLike): boolean {
  return request.method === 'GET' && acceptsHtml(request.headers.accept) && !hasQueryParameter(request.url ?? '');
}

function acceptsHtml(accept: string | string[] | undefined): boolean {
  if (accept === undefined) return false;
  const ranges = (Array.isArray(accept) ? accept.join(',') : accept).split(',');
  return ranges.some((range) => {
    const [mediaType = '', ...parameters] = range.split(';');
    if (mediaType.trim().toLowerCase() !== 'text/html') return false;
    // RFC 9110 §12.4.2: q=0 means "not acceptable".
    const quality = parameters.map((p) => p.trim().toLowerCase()).find((p) => p.startsWith('q='));
    return quality === undefined || Number(quality.slice(2)) > 0;
  });
}

function hasQueryParameter(url: string): boolean {
  const start = url.indexOf('?');
  return start !== -1 && new URLSearchParams(url.slice(start + 1)).has('query');
}
