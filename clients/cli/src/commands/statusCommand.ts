import type { Command } from 'commander';
import type { CommandContext } from '../CommandContext.js';
import type { RunCommand } from '../createProgram.js';
import { CliError } from '../errors.js';
import { EXIT_CODES, type ExitCode } from '../exitCodes.js';
import { formatStatus, type ServerStatus } from '../output/formatStatus.js';

export function registerStatusCommand(program: Command, run: RunCommand): void {
  program
    .command('status')
    .description("the server's health and readiness (exit 1 when a check fails, 5 when unreachable)")
    .action((_options: unknown, command: Command) => run(command, status));
}

async function status(ctx: CommandContext): Promise<ExitCode | undefined> {
  const health = await getJson(ctx, '/health');
  if (health.body === undefined || health.status !== 200) throw new CliError('NETWORK', `${ctx.settings.url}/health answered HTTP ${health.status}, not the router's health report`);
  // /ready answers 503 with the same report shape when a dependency is down.
  const ready = await getJson(ctx, '/ready');
  const report: ServerStatus = {
    url: ctx.settings.url,
    status: health.body.status === 'ok' && ready.body?.status === 'ok' ? 'ok' : 'degraded',
    health: health.body,
    ready: ready.body && typeof ready.body.checks === 'object' ? (ready.body as ServerStatus['ready']) : null,
  };
  ctx.output.result(report, () => formatStatus(report));
  return report.status === 'ok' ? undefined : EXIT_CODES.error;
}

/** GETs a router endpoint; a server that cannot be reached is exit 5. */
async function getJson(ctx: CommandContext, path: string): Promise<{ status: number; body: Record<string, unknown> | undefined }> {
  let response: Response;
  try {
    response = await ctx.fetch(`${ctx.settings.url}${path}`, { headers: { accept: 'application/json' }, signal: ctx.signal });
  } catch (error) {
    if (ctx.signal.aborted) throw error;
    throw new CliError('NETWORK', `cannot reach ${ctx.settings.url} (${(error as Error).message}). Is the server running? Set another with --url.`, { cause: error });
  }
  const body: unknown = await response.json().catch(() => undefined);
  return { status: response.status, body: body !== null && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : undefined };
}
