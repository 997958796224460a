import { createHash } from 'node:crypto';
import { accessSync, constants } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { EXPLORER_INIT_SCRIPT } from './explorerInitScript.js';

const JAVASCRIPT = 'text/javascript; charset=utf-8';
const CSS = 'text/css; charset=utf-8';

/** One file the explorer may serve: read from an installed package, or held in memory. */
export type ExplorerAsset =
  | { contentType: string; file: string; body?: undefined }
  | { contentType: string; body: string; file?: undefined };

export interface ExplorerAssets {
  /** The allow-list: public file name → what to send. Nothing outside it is ever served. */
  files: ReadonlyMap<string, ExplorerAsset>;
  /** Public names of the scripts, in the order the page must load them. */
  scripts: readonly string[];
  /** Public names of the stylesheets. */
  styles: readonly string[];
}

interface VendorFile {
  /** The package, whose version goes into the public name. */
  pkg: string;
  /**
   * The file inside the package. Located from the package's `package.json` rather than resolved as a subpath,
   * because `react`'s `exports` map hides `umd/` from `require.resolve('react/umd/…')`.
   */
  file: string;
  /** Public name before the version is added, e.g. `graphiql` + `-3.8.3` + `.min.js`. */
  stem: string;
  extension: string;
  contentType: string;
}

/** Load order matters: GraphiQL's UMD build expects `React`/`ReactDOM`, and the plugin expects `GraphiQL.React`. */
const VENDOR_FILES: readonly VendorFile[] = [
  { pkg: 'react', file: 'umd/react.production.min.js', stem: 'react', extension: '.production.min.js', contentType: JAVASCRIPT },
  { pkg: 'react-dom', file: 'umd/react-dom.production.min.js', stem: 'react-dom', extension: '.production.min.js', contentType: JAVASCRIPT },
  { pkg: 'graphiql', file: 'graphiql.min.js', stem: 'graphiql', extension: '.min.js', contentType: JAVASCRIPT },
  { pkg: 'graphiql', file: 'graphiql.min.css', stem: 'graphiql', extension: '.min.css', contentType: CSS },
  { pkg: '@graphiql/plugin-explorer', file: 'dist/index.umd.js', stem: 'plugin-explorer', extension: '.umd.js', contentType: JAVASCRIPT },
  { pkg: '@graphiql/plugin-explorer', file: 'dist/style.css', stem: 'plugin-explorer', extension: '.css', contentType: CSS },
  // The subscriptions transport, as the `graphqlWs` global the init script hands GraphiQL's fetcher.
  { pkg: 'graphql-ws', file: 'umd/graphql-ws.min.js', stem: 'graphql-ws', extension: '.min.js', contentType: JAVASCRIPT },
];

/**
 * Finds the explorer's files in the installed packages (no CDN). Public names carry the package version, and the
 * init script's name a hash of its text, so each URL's content never changes and can be cached as immutable.
 * Throws at boot, naming the package, if one is missing.
 */
export function resolveExplorerAssets(): ExplorerAssets {
  const require = createRequire(import.meta.url);
  const files = new Map<string, ExplorerAsset>();
  const scripts: string[] = [];
  const styles: string[] = [];

  for (const vendor of VENDOR_FILES) {
    let file: string;
    let version: string;
    try {
      const manifest = require.resolve(`${vendor.pkg}/package.json`);
      version = (require(manifest) as { version: string }).version;
      file = join(dirname(manifest), vendor.file);
      accessSync(file, constants.R_OK);
    } catch (cause) {
      throw new Error(`The GraphQL explorer needs ${vendor.pkg}/${vendor.file}; is the package installed?`, { cause });
    }
    const name = `${vendor.stem}-${version}${vendor.extension}`;
    files.set(name, { contentType: vendor.contentType, file });
    (vendor.contentType === CSS ? styles : scripts).push(name);
  }

  const initName = `init-${createHash('sha256').update(EXPLORER_INIT_SCRIPT).digest('hex').slice(0, 12)}.js`;
  files.set(initName, { contentType: JAVASCRIPT, body: EXPLORER_INIT_SCRIPT });
  scripts.push(initName);

  return { files, scripts, styles };
}
