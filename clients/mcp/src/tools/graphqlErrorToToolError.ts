import { MCP_ERRORS, toolError, type McpErrorCode, type McpErrorDescriptor, type ToolError } from '../errors.js';
import type { RouterGraphQLError, RouterUnavailableError } from '../upstream/createRouterClient.js';

/** GraphQL code → bridge code, from the registry. */
const BY_GRAPHQL_CODE = new Map<string, McpErrorCode>(
  Object.entries(MCP_ERRORS).flatMap(([code, descriptor]: [string, McpErrorDescriptor]) => descriptor.graphqlCodes.map((graphqlCode) => [graphqlCode, code as McpErrorCode])),
);

/**
 * Codes whose messages the subgraphs write for the caller ("Title 42 was not found", "The device is offline"), so the
 * agent sees them as they are. Anything else (a server fault, a router refusal, a code this bridge does not know) gets
 * the registry's description instead: such messages may name internals (hosts, SQL, stack frames) (§11 "Never leak
 * internal details").
 */
const CALLER_FACING: ReadonlySet<McpErrorCode> = new Set(['UNAUTHENTICATED', 'FORBIDDEN', 'RATE_LIMITED', 'NOT_FOUND', 'DEVICE_OFFLINE', 'PLAYBACK_FAILED', 'PLATFORM_UNAVAILABLE', 'INVALID_ARGUMENTS']);

/** Domain codes without a §11 number whose messages are written for the caller too. */
const CALLER_FACING_DOMAIN_CODES: ReadonlySet<string> = new Set(['CONFLICT', 'DEVICE_LIMIT_REACHED']);

const SUGGESTIONS: Partial<Record<McpErrorCode, string>> = {
  UNAUTHENTICATED: 'Sign in (OAuth) and call again with the access token.',
  FORBIDDEN: 'Sign in again granting the scope the tool names in its description.',
  RATE_LIMITED: 'Wait retry_after seconds before calling again.',
  OUT_OF_DATE: 'List the tools again; the bridge and the service must be updated together.',
};

/**
 * The `ToolError` for one GraphQL error from the router: its `extensions.code` mapped through `MCP_ERRORS`, with
 * `retry_after` from `extensions.retryAfterSeconds` or the HTTP `Retry-After`. Never copies extensions wholesale:
 * only the code, the retry hint and the path leave the bridge.
 */
export function graphqlErrorToToolError(error: RouterGraphQLError, retryAfterHeader?: number): ToolError {
  const graphqlCode = typeof error.extensions?.code === 'string' ? error.extensions.code : 'INTERNAL_SERVER_ERROR';
  const code = BY_GRAPHQL_CODE.get(graphqlCode);
  const path = Array.isArray(error.path) && error.path.length > 0 ? { path: error.path } : {};
  if (!code) {
    const message = CALLER_FACING_DOMAIN_CODES.has(graphqlCode) ? cleanMessage(error.message) : 'The service refused the request.';
    return { code: graphqlCode, message, retryable: false, ...path };
  }
  const descriptor: McpErrorDescriptor = MCP_ERRORS[code];
  const message = CALLER_FACING.has(code) ? cleanMessage(error.message) : descriptor.description;
  const retryAfter = readRetryAfter(error.extensions?.retryAfterSeconds) ?? (code === 'RATE_LIMITED' ? (retryAfterHeader ?? 1) : undefined);
  const suggestion = SUGGESTIONS[code];
  return toolError(code, message, { ...path, ...(retryAfter !== undefined ? { retry_after: retryAfter } : {}), ...(suggestion ? { suggestion } : {}) });
}

/** The `ToolError` for a router that did not answer (or not with GraphQL). */
export function routerUnavailableToToolError(error: RouterUnavailableError): ToolError {
  const message = error.reason === 'timeout' ? 'The service did not answer in time; retry later.' : 'The service is unavailable; retry later.';
  return toolError('UNAVAILABLE', message);
}

function readRetryAfter(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? Math.ceil(value) : undefined;
}

/**
 * Even caller-facing messages get a last check: one line (no stack trace), no URLs (an upstream's address is an
 * internal detail), and a bounded length.
 */
function cleanMessage(message: unknown): string {
  const text = typeof message === 'string' ? message : '';
  const line = text.split('\n')[0]!.replace(/\b[a-z][a-z0-9+.-]*:\/\/\S+/gi, '[address]').trim();
  return (line.length > 300 ? `${line.slice(0, 297)}...` : line) || 'The request failed.';
}
