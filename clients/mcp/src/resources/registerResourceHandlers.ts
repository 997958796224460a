import type { Server } from '@modelcontextprotocol/sdk/server/index.js';
import {
  ListResourceTemplatesRequestSchema,
  ListResourcesRequestSchema,
  McpError,
  ReadResourceRequestSchema,
  type ReadResourceResult,
  type Resource,
  type ResourceTemplate,
} from '@modelcontextprotocol/sdk/types.js';
import { MCP_ERRORS, toolError, type ToolError } from '../errors.js';
import { callerOf, type Caller, type SessionToken } from '../auth/callerOf.js';
import type { BridgeContext } from '../server/BridgeContext.js';
import { graphqlErrorToToolError, routerUnavailableToToolError } from '../tools/graphqlErrorToToolError.js';
import { RouterUnavailableError } from '../upstream/createRouterClient.js';

const JSON_TYPE = 'application/json';

/** §11 resources, each read through a trusted operation of the manifest. */
export const RESOURCES: readonly Resource[] = [
  { uri: 'media://genres', name: 'genres', title: 'Genres', description: 'Every genre with the number of catalogue titles in it.', mimeType: JSON_TYPE },
  { uri: 'media://platforms', name: 'platforms', title: 'Platforms', description: 'The streaming platforms the catalogue knows, with the regions they operate in.', mimeType: JSON_TYPE },
  {
    uri: 'user://watchlist',
    name: 'watchlist',
    title: 'Watchlist',
    description: "The watchlist of the signed-in user's first profile, newest first (needs sign-in).",
    mimeType: JSON_TYPE,
  },
];

export const RESOURCE_TEMPLATES: readonly ResourceTemplate[] = [
  {
    uriTemplate: 'user://watchlist/{profileId}',
    name: 'profile-watchlist',
    title: "A profile's watchlist",
    description: "The watchlist of one of the signed-in user's profiles (ids from the whoami tool), newest first.",
    mimeType: JSON_TYPE,
  },
];

/** `resources/list`, `resources/templates/list` and `resources/read` on one server. */
export function registerResourceHandlers(server: Server, context: BridgeContext, sessionToken: SessionToken | undefined): void {
  server.setRequestHandler(ListResourcesRequestSchema, () => ({ resources: [...RESOURCES] }));
  server.setRequestHandler(ListResourceTemplatesRequestSchema, () => ({ resourceTemplates: [...RESOURCE_TEMPLATES] }));
  server.setRequestHandler(ReadResourceRequestSchema, async (request, extra) =>
    context.track(callerOf(extra.authInfo, sessionToken).then((caller) => readResource(context, request.params.uri, caller, extra.signal))),
  );
}

async function readResource(context: BridgeContext, uri: string, caller: Caller, signal: AbortSignal): Promise<ReadResourceResult> {
  const read = resolve(uri);
  if (!read) throw new McpError(MCP_ERRORS.RESOURCE_NOT_FOUND.mcpCode, `Resource not found: ${uri}`, { code: 'RESOURCE_NOT_FOUND', uri });
  if (read.authenticated && !caller.token) throw refusal(toolError('UNAUTHENTICATED', `${uri} needs a signed-in user.`));
  const decision = await context.limiter.consume(caller.subject, caller.token !== undefined);
  if (!decision.allowed) {
    throw refusal(toolError('RATE_LIMITED', `Rate limit of ${decision.limit} requests per window reached.`, { retry_after: decision.retryAfterSeconds ?? 1 }));
  }
  const run = async (operationName: string, variables: Record<string, unknown>) => {
    const operation = context.operation(operationName);
    // The manifest no longer has it: the resource is gone until it comes back.
    if (!operation) throw new McpError(MCP_ERRORS.RESOURCE_NOT_FOUND.mcpCode, `Resource not available: ${uri}`, { code: 'RESOURCE_NOT_FOUND', uri });
    try {
      const result = await context.router.execute(operation, variables, { token: caller.token, signal });
      if (result.errors?.length) throw refusal(graphqlErrorToToolError(result.errors[0]!, result.retryAfterSeconds));
      return result.data ?? {};
    } catch (error) {
      if (error instanceof RouterUnavailableError) throw refusal(routerUnavailableToToolError(error));
      throw error;
    }
  };
  const value = await read.load(run);
  return { contents: [{ uri, mimeType: JSON_TYPE, text: JSON.stringify(value) }] };
}

type Run = (operationName: string, variables: Record<string, unknown>) => Promise<Record<string, unknown>>;

interface ResourceRead {
  authenticated: boolean;
  load(run: Run): Promise<unknown>;
}

function resolve(uri: string): ResourceRead | undefined {
  if (uri === 'media://genres') return { authenticated: false, load: async (run) => (await run('Genres', {})).genres };
  if (uri === 'media://platforms') return { authenticated: false, load: async (run) => (await run('Platforms', {})).platforms };
  if (uri === 'user://watchlist') {
    return {
      authenticated: true,
      async load(run) {
        const viewer = (await run('Viewer', {})) as { me?: { profiles?: Array<{ id: string }> } | null };
        const profileId = viewer.me?.profiles?.[0]?.id;
        if (!profileId) throw refusal(toolError('NOT_FOUND', 'The signed-in user has no profile.'));
        return watchlistOf(run, profileId);
      },
    };
  }
  const match = /^user:\/\/watchlist\/([^/?#]+)$/.exec(uri);
  if (match) return { authenticated: true, load: (run) => watchlistOf(run, decodeURIComponent(match[1]!)) };
  return undefined;
}

async function watchlistOf(run: Run, profileId: string): Promise<unknown> {
  const data = (await run('Library', { profileId })) as { library?: { profileId: string; watchlist: unknown[] } | null };
  if (!data.library) throw refusal(toolError('NOT_FOUND', `Profile ${profileId} was not found.`));
  return { profileId: data.library.profileId, watchlist: data.library.watchlist };
}

/** A resource read that failed, as a JSON-RPC error with the §11 number and the structured error as `data`. */
function refusal(error: ToolError): McpError {
  return new McpError(error.mcp_code ?? MCP_ERRORS.INTERNAL.mcpCode, error.message, error);
}
