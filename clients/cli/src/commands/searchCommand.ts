import type { Command } from 'commander';
import { operations } from '@media-gateway/sdk';
import { parseContentType } from '../args/parseContentType.js';
import { parseGenres } from '../args/parseGenres.js';
import { parseInteger } from '../args/parseInteger.js';
import { parseList } from '../args/parseList.js';
import { parseRegion } from '../args/parseRegion.js';
import { parseYearRange } from '../args/parseYearRange.js';
import { searchFilters, type SearchFilterOptions } from '../args/searchFilters.js';
import type { RunCommand } from '../createProgram.js';
import { formatSearch } from '../output/formatSearch.js';

interface SearchOptions extends SearchFilterOptions {
  region?: string;
  limit: number;
}

export function registerSearchCommand(program: Command, run: RunCommand): void {
  program
    .command('search')
    .aliases(['s', 'find'])
    .description('search the catalogue in plain words, e.g. "dark sci-fi thrillers from the 90s"')
    .argument('<query...>', 'what to look for (an empty string "" lists what is trending)')
    .option('--type <type>', 'movie or series', parseContentType)
    .option('--genre <genre>', 'genre, repeatable or comma-separated (horror,sci-fi)', parseGenres)
    .option('--year <year>', 'release year (2020) or range (2015-2020)', parseYearRange)
    .option('--platform <id>', 'platform id, repeatable or comma-separated (netflix)', parseList)
    .option('--region <code>', 'region for availability (default: config region, else US)', parseRegion)
    .option('--limit <n>', 'how many results, 1–100', parseInteger(1, 100), 10)
    .action((words: string[], options: SearchOptions, command: Command) =>
      run(command, async (ctx) => {
        const query = words.join(' ').trim();
        const region = options.region ?? ctx.settings.region;
        const { search } = await ctx
          .client()
          .request(operations.SemanticSearch, { query, filters: searchFilters(options), region, first: options.limit, after: null }, { signal: ctx.signal });
        ctx.output.result(search, () => formatSearch(search, { query, region }));
      }),
    );
}
