import { InvalidArgumentError, type Command } from 'commander';
import type { CommandContext } from '../CommandContext.js';
import { parseInteger } from '../args/parseInteger.js';
import type { RunCommand } from '../createProgram.js';

type Transport = 'stdio' | 'http';

interface McpStartOptions {
  transport: Transport;
  port: number;
  host: string;
  anonymous?: boolean;
}

function parseTransport(value: string): Transport {
  if (value === 'stdio' || value === 'http') return value;
  throw new InvalidArgumentError(`expected stdio or http (Streamable HTTP, which replaced MCP's SSE transport), got ${JSON.stringify(value)}.`);
}

export function registerMcpCommand(program: Command, run: RunCommand): void {
  const mcp = program.command('mcp').description('the MCP bridge: the trusted operations as tools for AI agents');

  mcp
    .command('start')
    .description('serve MCP over stdio (for an agent that starts this command) or Streamable HTTP')
    .option('--transport <kind>', 'stdio or http', parseTransport, 'stdio')
    .option('--port <n>', 'http: port to listen on', parseInteger(1, 65_535), 3000)
    .option('--host <host>', 'http: interface to listen on', '127.0.0.1')
    .option('--anonymous', 'stdio: do not act as the signed-in user (only public tools work)')
    .action((options: McpStartOptions, command: Command) => run(command, (ctx) => start(ctx, options)));
}

async function start(ctx: CommandContext, options: McpStartOptions): Promise<void> {
  // Loaded only here: the bridge brings the MCP SDK, express and graphql, which no other command needs.
  const { runStdioBridge, startHttpBridge } = await import('@media-gateway/mcp');
  const routerUrl = ctx.settings.url;
  if (options.transport === 'stdio') {
    // stdout is the protocol channel from here on: nothing else may be written to it. The agent acts as the CLI's
    // signed-in user; the bridge asks the session for a token on each call, so refreshes carry over.
    const session = ctx.session();
    const signedIn = !options.anonymous && (await session.accessToken()) !== undefined;
    if (!options.anonymous && !signedIn) ctx.output.notice('mcp: not signed in; only tools that need no sign-in will work.');
    await runStdioBridge({ routerUrl, ...(signedIn ? { token: () => session.accessToken() } : {}) });
    return;
  }
  const bridge = await startHttpBridge({ routerUrl, port: options.port, host: options.host });
  ctx.output.notice(`MCP bridge (Streamable HTTP) listening at ${bridge.url}, sending operations to ${routerUrl}. Ctrl-C stops it.`);
  await new Promise<void>((resolve) => {
    if (ctx.signal.aborted) resolve();
    else ctx.signal.addEventListener('abort', () => resolve(), { once: true });
  });
  await bridge.close();
}
