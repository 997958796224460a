import type { SourceAdapter } from './types.js';
import { vegaMoviesAdapter } from './vegaMoviesAdapter.js';
import { bangumiAdapter } from './bangumiAdapter.js';

/**
 * The seed sources, in import order. Order matters for ids: a title takes its id from the first source that
 * introduces it, so films come first and anime films that match them merge into them.
 */
export function defaultCatalogSources(): SourceAdapter[] {
  return [vegaMoviesAdapter(), bangumiAdapter()];
}
