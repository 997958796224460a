import { Command } from 'commander';
import { MediaGatewayError } from '@media-gateway/sdk';
import { CommandContext, type CliEnvironment } from './CommandContext.js';
import { registerAuthCommand } from './commands/authCommand.js';
import { registerCastCommand } from './commands/castCommand.js';
import { registerConfigCommand } from './commands/configCommand.js';
import { registerDevicesCommand } from './commands/devicesCommand.js';
import { registerInfoCommand } from './commands/infoCommand.js';
import { registerMcpCommand } from './commands/mcpCommand.js';
import { registerRecommendCommand } from './commands/recommendCommand.js';
import { registerSearchCommand } from './commands/searchCommand.js';
import { registerStatusCommand } from './commands/statusCommand.js';
import { registerWatchlistCommand } from './commands/watchlistCommand.js';
import { CliError } from './errors.js';
import type { ExitCode } from './exitCodes.js';
import { VERSION } from './lib/version.js';
import type { GlobalOptions } from './resolveSettings.js';

/**
 * Runs one command's body with its context. The body may return an exit code for an outcome that is a result, not
 * an error (`auth status` signed out prints the status and exits 3).
 */
export type RunCommand = (command: Command, body: (ctx: CommandContext) => Promise<ExitCode | void>) => Promise<void>;

/**
 * The `media-gateway` program (PRODUCT_SPEC §12). Commander calls `process.exit` by default; `exitOverride` makes it
 * throw instead so `runCli` maps every outcome to §12's codes in one place. Output settings must be set before the
 * subcommands are added: commander copies them into each subcommand when it is created.
 */
export function createProgram(environment: CliEnvironment, onExitCode: (code: ExitCode) => void = () => {}): Command {
  const program = new Command('media-gateway')
    .description('Find something to watch, keep your watchlist and cast to your devices, from the terminal.')
    .version(VERSION, '-v, --version')
    .option('--json', 'print JSON (the default when stdout is not a terminal or CI is set)')
    .option('--url <url>', 'router origin (overrides MEDIA_GATEWAY_URL and the config url)')
    .option('--profile-name <name>', 'config profile to use (overrides MEDIA_GATEWAY_PROFILE)')
    .exitOverride()
    .configureOutput({ writeOut: (text) => environment.streams.stdout.write(text), writeErr: (text) => environment.streams.stderr.write(text) })
    .showSuggestionAfterError()
    .showHelpAfterError('(run `media-gateway help <command>` for usage)')
    .addHelpText('after', '\nExit codes: 0 ok, 1 error, 2 usage, 3 not signed in, 4 not found, 5 network, 6 permission denied, 7 rate limited, 10 config error, 130 interrupted.');

  const run: RunCommand = async (command, body) => {
    const ctx = await CommandContext.create(environment, command.optsWithGlobals<GlobalOptions>());
    try {
      const code = await body(ctx);
      if (code !== undefined) onExitCode(code);
    } catch (error) {
      throw explain(error, ctx);
    } finally {
      await ctx.close();
    }
  };

  registerAuthCommand(program, run);
  registerSearchCommand(program, run);
  registerInfoCommand(program, run);
  registerRecommendCommand(program, run);
  registerWatchlistCommand(program, run);
  registerDevicesCommand(program, run);
  registerCastCommand(program, run);
  registerMcpCommand(program, run);
  registerConfigCommand(program, run);
  registerStatusCommand(program, run);
  return program;
}

/** Adds what only the CLI knows to an SDK failure: which server it could not reach, what to do about a stale build. */
function explain(error: unknown, ctx: CommandContext): unknown {
  if (!(error instanceof MediaGatewayError)) return error;
  if (error.code === 'NETWORK') {
    return new CliError('NETWORK', `cannot reach ${ctx.settings.url} (${error.message}). Is the server running? Set another with --url or \`media-gateway config set url <url>\`.`, { cause: error });
  }
  if (error.code === 'PERSISTED_QUERY_NOT_FOUND') {
    return new CliError('FAILED', `the server at ${ctx.settings.url} does not know this CLI's operations (different versions); update the CLI or the server.`, { cause: error });
  }
  return error;
}
