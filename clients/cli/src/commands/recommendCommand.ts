import type { Command } from 'commander';
import { operations } from '@media-gateway/sdk';
import { parseInteger } from '../args/parseInteger.js';
import type { RunCommand } from '../createProgram.js';
import { formatSearch } from '../output/formatSearch.js';

/**
 * Said with every `recommend` answer. PRODUCT_SPEC §12 has `recommend [--mood --context]`, but the recommendations
 * service (and its operation) is a later issue; until then this shows the catalogue's trending titles and says so
 * rather than pass them off as personal picks. `--mood`/`--context` are not offered: they would be ignored.
 */
export const RECOMMEND_NOTICE = 'Personal recommendations are not available yet; showing what is trending instead (not personalised).';

export function registerRecommendCommand(program: Command, run: RunCommand): void {
  program
    .command('recommend')
    .description('what to watch next (for now: trending titles, not personalised)')
    .option('--limit <n>', 'how many titles, 1–100', parseInteger(1, 100), 10)
    .action((options: { limit: number }, command: Command) =>
      run(command, async (ctx) => {
        const region = ctx.settings.region;
        // An empty query is the search service's trending list (PRODUCT_SPEC §4).
        const { search } = await ctx.client().request(operations.SemanticSearch, { query: '', filters: null, region, first: options.limit, after: null }, { signal: ctx.signal });
        ctx.output.result({ personalised: false, source: 'trending', notice: RECOMMEND_NOTICE, region, hits: search.hits }, () => {
          ctx.output.notice(RECOMMEND_NOTICE);
          return formatSearch(search, { query: '', region });
        });
      }),
    );
}
