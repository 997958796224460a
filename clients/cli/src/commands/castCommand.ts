import type { Command } from 'commander';
import { operations } from '@media-gateway/sdk';
import { parseRegion } from '../args/parseRegion.js';
import type { RunCommand } from '../createProgram.js';
import { accountProfileId } from '../lib/fetchViewer.js';
import { formatPlayback } from '../output/formatPlayback.js';

interface CastOptions {
  device: string;
  platform?: string;
  resume: boolean;
  profile?: string;
  region?: string;
}

export function registerCastCommand(program: Command, run: RunCommand): void {
  program
    .command('cast')
    .description('start a title on one of your online devices (resumes where you left off)')
    .argument('<titleId>', 'title id (from search)')
    .requiredOption('--device <id>', 'target device id (from devices list)')
    .option('--platform <id>', 'play through this platform (default: the best one you subscribe to)')
    .option('--no-resume', 'start from the beginning')
    .option('--profile <id>', 'account profile to play as (default: config profile, else your first)')
    .option('--region <code>', 'region (default: config region, else US)', parseRegion)
    .action((titleId: string, options: CastOptions, command: Command) =>
      run(command, async (ctx) => {
        await ctx.requireSignIn();
        const input = {
          titleId,
          deviceId: options.device,
          profileId: await accountProfileId(ctx, options.profile),
          region: options.region ?? ctx.settings.region,
          resume: options.resume,
          ...(options.platform ? { platform: options.platform } : {}),
        };
        const { initiatePlayback } = await ctx.client().request(operations.InitiatePlayback, { input }, { signal: ctx.signal });
        ctx.output.result(initiatePlayback, () => formatPlayback(initiatePlayback));
      }),
    );
}
