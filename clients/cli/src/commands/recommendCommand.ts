import type { Command } from 'commander';
import { operations } from '@media-gateway/sdk';
import { parseInteger } from '../args/parseInteger.js';
import type { RunCommand } from '../createProgram.js';
import { CliError } from '../errors.js';
import { accountProfileId } from '../lib/fetchViewer.js';
import { formatRecommendations } from '../output/formatRecommendations.js';

const DEVICE = 'CLI';

export function registerRecommendCommand(program: Command, run: RunCommand): void {
  program
    .command('recommend')
    .description("what to watch next: a profile's personal picks, each with why")
    .option('--limit <n>', 'how many titles, 1–50', parseInteger(1, 50), 10)
    .option('--hour <h>', 'your local hour, 0–23 (time-of-day context; default: now)', parseInteger(0, 23))
    .option('--profile <id>', 'account profile to recommend for (default: config profile, else your first)')
    .action((options: { limit: number; hour?: number; profile?: string }, command: Command) =>
      run(command, async (ctx) => {
        const profileId = await accountProfileId(ctx, options.profile);
        const context = { region: ctx.settings.region, hour: options.hour ?? new Date().getHours(), device: DEVICE } as const;
        const { profile } = await ctx.client().request(operations.Recommendations, { profileId, context, first: options.limit }, { signal: ctx.signal });
        if (!profile) throw new CliError('NOT_FOUND', `No profile ${profileId} among yours.`);
        const list = profile.recommendations;
        ctx.output.result({ profileId, region: ctx.settings.region, ...list }, () => formatRecommendations(list));
      }),
    );
}
