import type { IncomingHttpHeaders } from 'node:http';

/** Where in a graphql-ws subscribe payload the sender puts what would have been the HTTP request's headers. */
export const SUBSCRIPTION_HEADERS_EXTENSION = 'headers';

/**
 * The headers one graphql-ws subscription carries in `payload.extensions.headers`, lower-cased, string values only.
 * The router multiplexes many callers over one socket to a subgraph, so the signed `x-mg-identity` assertion rides
 * on each subscribe message (connection params are per connection). Nothing is trusted for being here: the
 * subgraph verifies the assertion exactly as it does the HTTP header.
 *
 * @example subscriptionHeaders({ headers: { 'X-MG-Identity': 'eyJ…' } }) // { 'x-mg-identity': 'eyJ…' }
 */
export function subscriptionHeaders(extensions: Readonly<Record<string, unknown>> | null | undefined): IncomingHttpHeaders {
  const given = extensions?.[SUBSCRIPTION_HEADERS_EXTENSION];
  const headers: IncomingHttpHeaders = {};
  if (typeof given !== 'object' || given === null || Array.isArray(given)) return headers;
  for (const [name, value] of Object.entries(given)) {
    if (typeof value !== 'string') continue;
    const key = name.toLowerCase();
    const seen = headers[key];
    // The same name twice (in two spellings) stays twice, as a repeated HTTP header would, for the reader to refuse.
    headers[key] = seen === undefined ? value : [...(Array.isArray(seen) ? seen : [seen]), value];
  }
  return headers;
}
