import type { Server } from '@modelcontextprotocol/sdk/server/index.js';
import { CallToolRequestSchema, ListToolsRequestSchema } from '@modelcontextprotocol/sdk/types.js';
import { callerOf, type SessionToken } from '../auth/callerOf.js';
import type { BridgeContext } from '../server/BridgeContext.js';
import { callTool } from './callTool.js';

/**
 * `tools/list` and `tools/call` on one server. The low-level handlers (not `McpServer.registerTool`) let the tools'
 * JSON Schemas, generated from the supergraph, go out as they are, and let the list change on reload.
 */
export function registerToolHandlers(server: Server, context: BridgeContext, sessionToken: SessionToken | undefined): void {
  server.setRequestHandler(ListToolsRequestSchema, () => ({ tools: context.catalog().tools.map((tool) => tool.definition) }));
  server.setRequestHandler(CallToolRequestSchema, (request, extra) =>
    context.track(callerOf(extra.authInfo, sessionToken).then((caller) => callTool(context, request.params.name, request.params.arguments, caller, extra.signal))),
  );
}
