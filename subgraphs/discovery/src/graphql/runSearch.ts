import type { DiscoveryContext } from '../DiscoveryContext.js';
import { badUserInput } from '../errors.js';
import { SearchInputError } from '../search/SearchInputError.js';
import type { SearchPage } from '../search/SearchRequest.js';

/** Runs a search for a resolver: input problems become one BAD_USER_INPUT, warnings go to the response's extensions. */
export async function runSearch(ctx: DiscoveryContext, search: () => Promise<SearchPage>): Promise<SearchPage> {
  try {
    const page = await search();
    ctx.warnings.push(...page.warnings);
    return page;
  } catch (error) {
    if (error instanceof SearchInputError) throw badUserInput(error.problems);
    throw error;
  }
}
