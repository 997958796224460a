/**
 * The closed set of errors the MCP bridge reports to agents (PRODUCT_SPEC §11 "Errors"). Each code says which
 * JSON-RPC / §11 number it carries (`mcp_code`), whether retrying can help, and which GraphQL `extensions.code`
 * values from the router become it. A GraphQL code with no entry here keeps its own name and gets no `mcp_code`
 * (e.g. `CONFLICT`): §11 has nothing that fits, and inventing a number would mislead more than it helps.
 *
 * Two §11 numbers are deliberately not used: −32001 ("tool not found") is what the MCP SDK's client uses for its own
 * request timeout, so an unknown tool is MCP's `−32602 Unknown tool` instead; and −32000 is the SDK's
 * "connection closed".
 *
 * Codes are never removed: a retired code moves to `REMOVED_MCP_ERRORS` with its reason.
 */
export const MCP_ERRORS = {
  UNAUTHENTICATED: {
    description: 'The tool or resource needs a signed-in caller and none (or an expired or revoked token) was presented.',
    mcpCode: -32003,
    retryable: false,
    graphqlCodes: ['UNAUTHENTICATED'],
    addedIn: '0.1.0',
  },
  FORBIDDEN: {
    description: "The caller is signed in but the token lacks a scope the operation needs, or the record is not the caller's.",
    mcpCode: -32003,
    retryable: false,
    graphqlCodes: ['FORBIDDEN'],
    addedIn: '0.1.0',
  },
  RATE_LIMITED: {
    description: 'Too many requests for this caller (§11: 1000 per 15 min signed in, 100 anonymous); `retry_after` says how long to wait.',
    mcpCode: -32004,
    retryable: true,
    graphqlCodes: ['RATE_LIMITED'],
    addedIn: '0.1.0',
  },
  NOT_FOUND: {
    description: 'The title, device, session or profile named does not exist (or is not visible to the caller).',
    mcpCode: -33001,
    retryable: false,
    graphqlCodes: ['NOT_FOUND'],
    addedIn: '0.1.0',
  },
  DEVICE_OFFLINE: {
    description: 'The target device is offline; it may come back.',
    mcpCode: -33002,
    retryable: true,
    graphqlCodes: ['DEVICE_OFFLINE'],
    addedIn: '0.1.0',
  },
  PLAYBACK_FAILED: {
    description: 'The device cannot do what was asked: it is not remote-controllable, or nothing is playing on it.',
    mcpCode: -33003,
    retryable: false,
    graphqlCodes: ['DEVICE_NOT_CONTROLLABLE', 'NOTHING_PLAYING'],
    addedIn: '0.1.0',
  },
  PLATFORM_UNAVAILABLE: {
    description: 'The title is not available on the platform (or any of the subscribed ones) in the region.',
    mcpCode: -33004,
    retryable: false,
    graphqlCodes: ['NOT_AVAILABLE'],
    addedIn: '0.1.0',
  },
  INVALID_ARGUMENTS: {
    description: "The arguments do not match the tool's input schema, or the service refused them as bad input.",
    mcpCode: -32602,
    retryable: false,
    graphqlCodes: ['BAD_USER_INPUT', 'QUERY_TOO_COMPLEX', 'QUERY_TOO_DEEP', 'TOO_MANY_ALIASES', 'PAYLOAD_TOO_LARGE'],
    addedIn: '0.1.0',
  },
  TOOL_NOT_FOUND: {
    description: 'No tool has this name (the tool list may have changed: list the tools again).',
    mcpCode: -32602,
    retryable: false,
    graphqlCodes: [],
    addedIn: '0.1.0',
  },
  RESOURCE_NOT_FOUND: {
    description: 'No resource has this URI.',
    mcpCode: -32002,
    retryable: false,
    graphqlCodes: [],
    addedIn: '0.1.0',
  },
  UNAVAILABLE: {
    description: 'The service did not answer in time or is degraded; retry later.',
    mcpCode: -32603,
    retryable: true,
    graphqlCodes: ['SUBGRAPH_UNAVAILABLE', 'SUBGRAPH_TIMEOUT', 'KEYS_UNAVAILABLE', 'SERVICE_UNAVAILABLE'],
    addedIn: '0.1.0',
  },
  OUT_OF_DATE: {
    description: "The service does not know this tool's persisted operation: the bridge's manifest and the router's differ.",
    mcpCode: -32603,
    retryable: false,
    graphqlCodes: ['PERSISTED_QUERY_NOT_FOUND', 'PERSISTED_QUERY_NOT_SUPPORTED', 'PERSISTED_QUERY_HASH_MISMATCH', 'PERSISTED_QUERY_INVALID_ID', 'GRAPHQL_VALIDATION_FAILED'],
    addedIn: '0.1.0',
  },
  INTERNAL: {
    description: 'The service failed; details stay in its logs.',
    mcpCode: -32603,
    retryable: false,
    graphqlCodes: ['INTERNAL_SERVER_ERROR'],
    addedIn: '0.1.0',
  },
} as const satisfies Record<string, McpErrorDescriptor>;

export interface McpErrorDescriptor {
  description: string;
  /** The JSON-RPC error code (§11 numbering) the error is reported with. */
  mcpCode: number;
  /** Whether the same call may succeed later without changes. */
  retryable: boolean;
  /** GraphQL `extensions.code` values from the router that become this code. */
  graphqlCodes: readonly string[];
  /** Package version that introduced the code. */
  addedIn: string;
}

/** Retired codes, kept so a client that still sees one can look it up. */
export const REMOVED_MCP_ERRORS: readonly { code: string; removedIn: string; reason: string }[] = [];

export type McpErrorCode = keyof typeof MCP_ERRORS;

/**
 * What an agent gets for a failed call, in the tool result's `structuredContent.errors` (and as JSON text). `code` is
 * an `McpErrorCode`, or the router's GraphQL code when none fits.
 */
export interface ToolError {
  code: McpErrorCode | (string & {});
  /** The §11 / JSON-RPC number; absent for GraphQL codes §11 has no number for. */
  mcp_code?: number;
  message: string;
  retryable?: boolean;
  /** Seconds to wait before retrying. */
  retry_after?: number;
  /** What the agent (or its user) can do about it. */
  suggestion?: string;
  /** The GraphQL path of the field that failed, when the error is about one field. */
  path?: ReadonlyArray<string | number>;
  /** For INVALID_ARGUMENTS: each way the arguments miss the tool's input schema. */
  problems?: string[];
}

/** Builds the `ToolError` for one of the bridge's own codes. */
export function toolError(code: McpErrorCode, message: string, extra: Pick<ToolError, 'retry_after' | 'suggestion' | 'path' | 'problems'> = {}): ToolError {
  const descriptor: McpErrorDescriptor = MCP_ERRORS[code];
  return { code, mcp_code: descriptor.mcpCode, message, retryable: descriptor.retryable, ...extra };
}
