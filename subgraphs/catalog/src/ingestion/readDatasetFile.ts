import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export interface DatasetFile {
  path: string;
  bytes: Buffer;
  /** sha256 of the file bytes, hex: the source fingerprint. */
  fingerprint: string;
}

/**
 * Reads a dataset file and fingerprints it. Synchronous because adapters also need the file from `normalize`,
 * which is synchronous; a batch import reads each file a handful of times at most.
 */
export function readDatasetFile(path: string): DatasetFile {
  const bytes = readFileSync(path);
  return { path, bytes, fingerprint: createHash('sha256').update(bytes).digest('hex') };
}

/** Parses a dataset file's bytes as JSON, naming the file when it is not valid JSON. */
export function parseDatasetJson(file: DatasetFile): unknown {
  try {
    return JSON.parse(file.bytes.toString('utf8')) as unknown;
  } catch (cause) {
    throw new Error(`dataset file ${file.path} is not valid JSON`, { cause });
  }
}

const require = createRequire(import.meta.url);

/**
 * The absolute path of a file shipped inside an installed package, e.g. `('vega-datasets', 'data/movies.json')`.
 *
 * vega-datasets 3 has an `exports` map without its data files, so `require.resolve('vega-datasets/data/movies.json')`
 * fails with ERR_PACKAGE_PATH_NOT_EXPORTED. In that case we resolve the package entry point and walk up to the
 * directory whose package.json carries the package name.
 */
export function resolvePackageFile(packageName: string, relativePath: string): string {
  try {
    return require.resolve(`${packageName}/${relativePath}`);
  } catch (error) {
    if ((error as { code?: unknown }).code !== 'ERR_PACKAGE_PATH_NOT_EXPORTED') throw error;
  }
  for (let dir = dirname(require.resolve(packageName)); ; dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && readPackageName(manifest) === packageName) return join(dir, relativePath);
    if (dirname(dir) === dir) throw new Error(`cannot find the root of package ${packageName}`);
  }
}

function readPackageName(manifestPath: string): unknown {
  return (JSON.parse(readFileSync(manifestPath, 'utf8')) as { name?: unknown }).name;
}
