import { McpError, type CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { MCP_ERRORS, toolError, type ToolError } from '../errors.js';
import type { Caller } from '../auth/callerOf.js';
import type { BridgeContext } from '../server/BridgeContext.js';
import { RouterUnavailableError } from '../upstream/createRouterClient.js';
import { graphqlErrorToToolError, routerUnavailableToToolError } from './graphqlErrorToToolError.js';

/**
 * Runs one `tools/call`: the tool's persisted operation, by id, with the arguments as variables, as the caller.
 *
 * Order matters: the rate limit counts every call (a flood of bad calls still costs its sender); arguments are
 * checked against the tool's input schema before anything leaves the bridge; an operation that needs sign-in is
 * refused here when the caller has no token, without a round trip the router would refuse anyway.
 *
 * Failures the agent can act on are tool results with `isError: true` (MCP: tool execution errors are reported in
 * the result, so the model sees them); only an unknown tool is a JSON-RPC error.
 */
export async function callTool(context: BridgeContext, name: string, args: unknown, caller: Caller, signal?: AbortSignal): Promise<CallToolResult> {
  const tool = context.catalog().tools.find((candidate) => candidate.definition.name === name);
  if (!tool) throw new McpError(MCP_ERRORS.TOOL_NOT_FOUND.mcpCode, `Unknown tool: ${name}`, { code: 'TOOL_NOT_FOUND' });

  const decision = await context.limiter.consume(caller.subject, caller.token !== undefined);
  if (!decision.allowed) {
    const retryAfter = decision.retryAfterSeconds ?? 1;
    return failure([toolError('RATE_LIMITED', `Rate limit of ${decision.limit} calls per window reached; retry in ${retryAfter} s.`, { retry_after: retryAfter, suggestion: 'Wait retry_after seconds before calling again.' })]);
  }

  const variables = args ?? {};
  const problems = tool.validate(variables);
  if (problems.length > 0) {
    return failure([toolError('INVALID_ARGUMENTS', `Invalid arguments for ${name}: ${problems.join('; ')}`, { problems })]);
  }

  if (tool.access.authenticated && !caller.token) {
    return failure([
      toolError('UNAUTHENTICATED', `${name} needs a signed-in user.`, {
        suggestion: 'Sign in (OAuth) and call again with the access token; over stdio, start the bridge with MEDIA_GATEWAY_TOKEN.',
      }),
    ]);
  }

  try {
    const result = await context.router.execute(tool.operation, variables as Record<string, unknown>, { token: caller.token, signal });
    if (result.errors && result.errors.length > 0) {
      return failure(
        result.errors.map((error) => graphqlErrorToToolError(error, result.retryAfterSeconds)),
        result.data ?? undefined,
      );
    }
    const data = result.data ?? {};
    return { content: [{ type: 'text', text: JSON.stringify(data) }], structuredContent: data };
  } catch (error) {
    if (error instanceof RouterUnavailableError) {
      context.logger.warn({ tool: name, reason: error.reason, err: (error.cause as Error | undefined)?.message }, 'mcp: router unavailable');
      return failure([routerUnavailableToToolError(error)]);
    }
    context.logger.error({ tool: name, err: error }, 'mcp: tool call failed');
    return failure([toolError('INTERNAL', MCP_ERRORS.INTERNAL.description)]);
  }
}

/** A failed call: the errors (and any partial data) as structured content, and the same as JSON text. */
function failure(errors: ToolError[], data?: Record<string, unknown>): CallToolResult {
  const structured: Record<string, unknown> = { errors };
  if (data && Object.values(data).some((value) => value !== null)) structured.data = data;
  return { isError: true, content: [{ type: 'text', text: JSON.stringify(structured) }], structuredContent: structured };
}
