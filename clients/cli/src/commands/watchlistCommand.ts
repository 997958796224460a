import type { Command } from 'commander';
import { MediaGatewayError, OfflineSync, operations, type FlushResult, type QueuedOperation } from '@media-gateway/sdk';
import { parseInteger } from '../args/parseInteger.js';
import type { CommandContext } from '../CommandContext.js';
import { FileSyncQueueStore } from '../config/FileSyncQueueStore.js';
import type { RunCommand } from '../createProgram.js';
import { CliError } from '../errors.js';
import { ensureDevice } from '../lib/ensureDevice.js';
import { accountProfileId } from '../lib/fetchViewer.js';
import { formatWatchlist } from '../output/formatWatchlist.js';
import { formatWatchlistChange, type WatchlistChange } from '../output/formatWatchlistChange.js';

interface ProfileOption {
  profile?: string;
}

export function registerWatchlistCommand(program: Command, run: RunCommand): void {
  const watchlist = program.command('watchlist').description('your watchlist, kept in sync with your other devices');
  const profileOption = ['--profile <id>', 'account profile (default: config profile, else your first)'] as const;

  watchlist
    .command('list')
    .alias('ls')
    .description('titles on the watchlist, newest first')
    .option(...profileOption)
    .action((options: ProfileOption, command: Command) => run(command, (ctx) => list(ctx, options)));

  watchlist
    .command('add')
    .description('add a title (works offline: sent on the next sync)')
    .argument('<titleId>', 'title id (from search)')
    .option('--priority <n>', 'priority 0–100', parseInteger(0, 100), 0)
    .option('--reason <text>', 'a note to yourself, at most 200 characters')
    .option(...profileOption)
    .action((titleId: string, options: ProfileOption & { priority: number; reason?: string }, command: Command) =>
      run(command, async (ctx) => {
        await ctx.requireSignIn();
        await requireTitle(ctx, titleId);
        await change(ctx, 'add', options, async (sync) => {
          await sync.addToWatchlist(titleId, { priority: options.priority, reason: options.reason ?? null });
          return [titleId];
        });
      }),
    );

  watchlist
    .command('remove')
    .alias('rm')
    .description('remove a title (the adds this device has seen; an add made elsewhere meanwhile survives)')
    .argument('<titleId>', 'title id')
    .option(...profileOption)
    .action((titleId: string, options: ProfileOption, command: Command) =>
      run(command, (ctx) =>
        change(ctx, 'remove', options, async (sync, loaded) => {
          if (!(await sync.removeFromWatchlist(titleId))) {
            // Offline, the replica only knows this device's own queued adds: "not on it" would be a guess.
            if (loaded instanceof MediaGatewayError) throw loaded;
            throw new CliError('NOT_FOUND', `title ${titleId} is not on the watchlist`);
          }
          return [titleId];
        }),
      ),
    );

  watchlist
    .command('clear')
    .description('remove every title (needs --yes)')
    .option('--yes', 'really remove every title')
    .option(...profileOption)
    .action((options: ProfileOption & { yes?: boolean }, command: Command) =>
      run(command, async (ctx) => {
        if (!options.yes) throw new CliError('USAGE', 'watchlist clear removes every title; pass --yes to confirm');
        await change(ctx, 'clear', options, async (sync, loaded) => {
          if (loaded instanceof MediaGatewayError) throw loaded;
          const titleIds = sync.watchlist().map((entry) => entry.titleId);
          for (const titleId of titleIds) await sync.removeFromWatchlist(titleId);
          return titleIds;
        });
      }),
    );

  watchlist
    .command('sync')
    .description('send the changes made offline, then fetch the other devices’ changes')
    .option(...profileOption)
    .action((options: ProfileOption, command: Command) => run(command, (ctx) => change(ctx, 'sync', options, async () => [])));
}

async function list(ctx: CommandContext, options: ProfileOption): Promise<void> {
  await ctx.requireSignIn();
  const profileId = await accountProfileId(ctx, options.profile);
  const { library } = await ctx.client().request(operations.Library, { profileId }, { signal: ctx.signal });
  const device = ctx.settings.device;
  const pending: QueuedOperation[] = device ? await new FileSyncQueueStore(ctx.paths.syncQueue, { issuer: ctx.issuer, profileId, deviceId: device }).load() : [];
  ctx.output.result({ profileId, watchlist: library.watchlist, pending }, () => formatWatchlist(library.watchlist, pending.length));
}

/**
 * Runs one watchlist change through the SDK's offline sync, as §9 has every device do: load the library (which also
 * moves this device's clock past every timestamp the server has, so a new process never issues an older one),
 * apply the change locally and queue it, then flush. Without a server the change stays queued (exit 0, `synced:
 * false`); the next change or `watchlist sync` sends it.
 */
async function change(
  ctx: CommandContext,
  action: WatchlistChange['action'],
  options: ProfileOption,
  apply: (sync: OfflineSync, loaded: true | MediaGatewayError) => Promise<string[]>,
): Promise<void> {
  await ctx.requireSignIn();
  const profileId = await accountProfileId(ctx, options.profile);
  const deviceId = await ensureDevice(ctx);
  const sync = new OfflineSync({ client: ctx.client(), profileId, deviceId, store: new FileSyncQueueStore(ctx.paths.syncQueue, { issuer: ctx.issuer, profileId, deviceId }) });
  const loaded = await offline(sync.load().then(() => true as const));
  const changed = await apply(sync, loaded);
  const flushed = await offline(sync.flush());
  if (!(flushed instanceof MediaGatewayError)) await offline(sync.pull());
  const report: WatchlistChange = {
    action,
    profileId,
    deviceId,
    changed,
    sent: flushed instanceof MediaGatewayError ? 0 : flushed.sent,
    synced: !(flushed instanceof MediaGatewayError) && sync.pending() === 0,
    pending: sync.pending(),
    rejected: flushed instanceof MediaGatewayError ? [] : rejections(flushed),
  };
  ctx.output.result(report, () => formatWatchlistChange(report));
  if (report.rejected.length > 0) throw new CliError('USAGE', `the server refused ${report.rejected.length} change(s): ${report.rejected.flatMap((r) => r.problems).join('; ')}`);
}

/**
 * Refuses an id the catalogue does not have (exit 4) before it is queued: the sync service stores any UUID, and a
 * watchlist entry for no title would sit there unseen. Offline, the check is skipped like the send.
 */
async function requireTitle(ctx: CommandContext, titleId: string): Promise<void> {
  const found = await offline(ctx.client().request(operations.TitleAvailability, { id: titleId, region: ctx.settings.region }, { signal: ctx.signal }));
  if (!(found instanceof MediaGatewayError) && !found.title) throw new CliError('NOT_FOUND', `no title with id ${titleId}`);
}

/** The promise's value, or the NETWORK/UNAVAILABLE error that means "offline" (anything else is thrown). */
async function offline<T>(promise: Promise<T>): Promise<T | MediaGatewayError> {
  try {
    return await promise;
  } catch (error) {
    if (error instanceof MediaGatewayError && (error.code === 'NETWORK' || error.code === 'UNAVAILABLE')) return error;
    throw error;
  }
}

function rejections(result: FlushResult): WatchlistChange['rejected'] {
  return result.rejected.map((rejection) => ({ titleIds: rejection.operations.flatMap((op) => (op.titleId ? [op.titleId] : [])), problems: rejection.problems }));
}
