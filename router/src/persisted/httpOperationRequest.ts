import type { HTTPGraphQLRequest } from '@apollo/server';
import type { OperationRequest, Resolution } from './resolveOperation.js';

/** What a GraphQL-over-HTTP request names: the POST body's fields, or the GET parameters (`extensions` is JSON there). */
export function readHttpOperationRequest(request: Pick<HTTPGraphQLRequest, 'method' | 'body' | 'search'>): OperationRequest {
  if (request.method === 'GET') {
    const params = new URLSearchParams(request.search);
    return { query: params.get('query') ?? undefined, documentId: params.get('documentId') ?? undefined, extensions: parseJson(params.get('extensions')) };
  }
  const body = request.body;
  if (!isObject(body)) return {};
  return { query: body.query, documentId: body.documentId, extensions: body.extensions };
}

/**
 * The request Apollo Server gets: for a trusted operation, the manifest's body and name in place of the id (no
 * `persistedQuery` extension, so nothing lands in the APQ cache); for ad-hoc text whose APQ hash must not register,
 * the text without the extension; anything else unchanged.
 */
export function rewriteHttpGraphQLRequest(request: HTTPGraphQLRequest, resolution: Resolution): HTTPGraphQLRequest {
  const replace =
    resolution.kind === 'persisted'
      ? { query: resolution.operation.body, operationName: resolution.operation.name }
      : resolution.kind === 'adhoc' && resolution.apq === 'drop'
        ? {}
        : undefined;
  if (!replace) return request;
  if (request.method === 'GET') {
    const params = new URLSearchParams(request.search);
    for (const [name, value] of Object.entries(replace)) params.set(name, value);
    params.delete('documentId');
    const extensions = withoutPersistedQuery(parseJson(params.get('extensions')));
    if (extensions) params.set('extensions', JSON.stringify(extensions));
    else params.delete('extensions');
    return { ...request, search: `?${params.toString()}` };
  }
  if (!isObject(request.body)) return request;
  const { documentId: _documentId, extensions: given, ...body } = request.body;
  const extensions = withoutPersistedQuery(given);
  return { ...request, body: { ...body, ...replace, ...(extensions ? { extensions } : {}) } };
}

function withoutPersistedQuery(extensions: unknown): Record<string, unknown> | undefined {
  if (!isObject(extensions)) return undefined;
  const { persistedQuery: _persistedQuery, ...rest } = extensions;
  return Object.keys(rest).length > 0 ? rest : undefined;
}

function parseJson(value: string | null): unknown {
  if (value === null) return undefined;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    // Apollo Server answers malformed JSON parameters itself.
    return undefined;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
