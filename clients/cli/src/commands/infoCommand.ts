import type { Command } from 'commander';
import { operations } from '@media-gateway/sdk';
import { parseInteger } from '../args/parseInteger.js';
import { parseRegion } from '../args/parseRegion.js';
import type { RunCommand } from '../createProgram.js';
import { CliError } from '../errors.js';
import type { TitleDetails } from '../lib/results.js';
import { formatTitle } from '../output/formatTitle.js';

interface InfoOptions {
  availability?: boolean;
  similar?: number | true;
  region?: string;
}

const DEFAULT_SIMILAR = 5;

export function registerInfoCommand(program: Command, run: RunCommand): void {
  program
    .command('info')
    .description('everything about one title')
    .argument('<id>', 'title id (from search)')
    .option('--availability', 'where it streams in the region, with deep links')
    .option('--similar [n]', `similar titles (default ${DEFAULT_SIMILAR}, at most 50)`, parseInteger(1, 50))
    .option('--region <code>', 'region for availability (default: config region, else US)', parseRegion)
    .action((id: string, options: InfoOptions, command: Command) =>
      run(command, async (ctx) => {
        const region = options.region ?? ctx.settings.region;
        const similar = options.similar === undefined ? 0 : options.similar === true ? DEFAULT_SIMILAR : options.similar;
        // The operation always selects availability and similar titles; `similar` must be ≥ 1, so 1 is asked for
        // and dropped when not wanted.
        const { title } = await ctx.client().request(operations.TitleDetails, { id, region, similar: Math.max(similar, 1) }, { signal: ctx.signal });
        if (!title) throw new CliError('NOT_FOUND', `no title with id ${id}`);
        const shown = pick(title, { availability: options.availability === true, similar: similar > 0 });
        ctx.output.result(shown, () => formatTitle(title, { availability: options.availability === true, similar: similar > 0, region }));
      }),
    );
}

/** The title as JSON, without the parts that were not asked for (so JSON and human output say the same). */
function pick(title: TitleDetails, include: { availability: boolean; similar: boolean }): Partial<TitleDetails> {
  const { availability, similar, ...rest } = title;
  return { ...rest, ...(include.availability ? { availability } : {}), ...(include.similar ? { similar } : {}) };
}
