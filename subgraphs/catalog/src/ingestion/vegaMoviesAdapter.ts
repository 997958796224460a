import { normalizeVegaMovie, VEGA_MOVIES_SOURCE } from './normalizeVegaMovie.js';
import { parseDatasetJson, readDatasetFile, resolvePackageFile } from './readDatasetFile.js';
import type { SourceAdapter } from './types.js';

export interface VegaMoviesAdapterOptions {
  /**
   * The movies.json to read.
   * @default vega-datasets' own `data/movies.json`
   */
  dataPath?: string;
}

/**
 * The vega-datasets movies list (3,201 US releases up to 2011, with IMDb ratings and votes) as a catalog source.
 *
 * A static file: every fetch returns every row, and the importer skips the run when `fingerprint()` is unchanged.
 * The rows carry no streaming data, so the adapter makes no deep links.
 */
export function vegaMoviesAdapter(options: VegaMoviesAdapterOptions = {}): SourceAdapter<unknown> {
  const dataPath = (): string => options.dataPath ?? resolvePackageFile('vega-datasets', 'data/movies.json');
  return {
    source: VEGA_MOVIES_SOURCE,
    rateLimitConfig: { requests: null, windowSeconds: 0 },
    async fingerprint() {
      return readDatasetFile(dataPath()).fingerprint;
    },
    // `since` and `region` do not apply: the file has no change dates and no regional data.
    async *fetchCatalogDelta() {
      const file = readDatasetFile(dataPath());
      const rows = parseDatasetJson(file);
      if (!Array.isArray(rows)) throw new Error(`${file.path}: expected a JSON array of movies`);
      yield* rows as unknown[];
    },
    normalize: normalizeVegaMovie,
    generateDeepLink() {
      return null;
    },
  };
}
