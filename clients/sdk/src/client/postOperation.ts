import type { PersistedOperation } from '@media-gateway/schema';
import { MediaGatewayError } from '../errors.js';
import { codeFor, retryAfterOf } from '../lib/errorFromAnswer.js';
import { abortError } from '../lib/sleep.js';
import type { ExecutionResult } from './MediaGatewayClient.js';

export interface PostOperationArgs {
  endpoint: string;
  fetch: typeof fetch;
  headers: Record<string, string>;
  operation: PersistedOperation;
  variables: unknown;
  token: string | undefined;
  signal: AbortSignal | undefined;
}

export interface HttpAnswer<R> {
  status: number;
  headers: Headers;
  body: ExecutionResult<R>;
}

/**
 * The persisted-operation request body: the id twice, once per convention the router accepts (the GraphQL over
 * HTTP `documentId` and Apollo's `extensions.persistedQuery`), and never the operation text, so the router runs
 * only what is in its manifest.
 */
export function persistedRequestBody(operation: PersistedOperation, variables: unknown): Record<string, unknown> {
  return {
    documentId: operation.id,
    operationName: operation.name,
    ...(variables === undefined ? {} : { variables }),
    extensions: { persistedQuery: { version: 1, sha256Hash: operation.id } },
  };
}

/**
 * One POST of a persisted operation. Resolves with any JSON GraphQL answer whatever its status (the caller decides
 * what an error means); throws NETWORK when no answer came, ABORTED when the signal fired, and a status-derived
 * error when the answer is not GraphQL JSON (a proxy's HTML 502, say).
 */
export async function postOperation<R>(args: PostOperationArgs): Promise<HttpAnswer<R>> {
  const headers: Record<string, string> = {
    accept: 'application/graphql-response+json, application/json',
    'content-type': 'application/json',
    ...args.headers,
  };
  if (args.token !== undefined) headers.authorization = `Bearer ${args.token}`;
  let response: Response;
  let text: string;
  try {
    response = await args.fetch(args.endpoint, {
      method: 'POST',
      headers,
      body: JSON.stringify(persistedRequestBody(args.operation, args.variables)),
      ...(args.signal ? { signal: args.signal } : {}),
    });
    text = await response.text();
  } catch (error) {
    if (args.signal?.aborted) throw abortError(args.signal);
    throw new MediaGatewayError('NETWORK', `No answer from ${args.endpoint}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  const body = parseGraphQLBody<R>(text);
  if (!body) {
    const code = response.ok ? 'INTERNAL' : codeFor(undefined, response.status);
    throw new MediaGatewayError(code, `Expected a GraphQL JSON answer from ${args.endpoint}, got HTTP ${response.status}.`, {
      status: response.status,
      retryAfterSeconds: retryAfterOf(response.headers, undefined),
    });
  }
  return { status: response.status, headers: response.headers, body };
}

function parseGraphQLBody<R>(text: string): ExecutionResult<R> | undefined {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return undefined;
  const body = json as Record<string, unknown>;
  if (!('data' in body) && !Array.isArray(body.errors)) return undefined;
  const errors = Array.isArray(body.errors)
    ? body.errors.map((e: unknown) => {
        const error = (typeof e === 'object' && e !== null ? e : {}) as Record<string, unknown>;
        return {
          message: typeof error.message === 'string' ? error.message : 'Unknown error',
          ...(Array.isArray(error.path) ? { path: error.path as Array<string | number> } : {}),
          ...(typeof error.extensions === 'object' && error.extensions !== null ? { extensions: error.extensions as Record<string, unknown> } : {}),
        };
      })
    : undefined;
  return {
    ...('data' in body ? { data: body.data as R | null } : {}),
    ...(errors ? { errors } : {}),
    ...(typeof body.extensions === 'object' && body.extensions !== null ? { extensions: body.extensions as Record<string, unknown> } : {}),
  };
}
