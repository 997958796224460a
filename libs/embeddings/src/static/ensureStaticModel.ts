import { isDeepStrictEqual } from 'node:util';
import { EmbeddingError } from '../errors.js';
import { buildStaticModel, resolveStaticModelOptions, type StaticModelOptions } from './buildStaticModel.js';
import { readStaticManifest, type StaticModelManifest } from './staticModelFiles.js';

/**
 * Makes sure `dir` holds a static model of the current version built with these options, building it when it is
 * missing or stale. Returns its manifest and whether it was built now. Safe to run at every start: a good model
 * costs one small JSON read.
 */
export async function ensureStaticModel(dir: string, options: StaticModelOptions & { force?: boolean } = {}): Promise<{ manifest: StaticModelManifest; built: boolean }> {
  if (!options.force) {
    const existing = await readStaticManifest(dir).catch((error: unknown) => {
      if (error instanceof EmbeddingError) return undefined;
      throw error;
    });
    if (existing && isDeepStrictEqual(existing.options, resolveStaticModelOptions(options))) return { manifest: existing, built: false };
    options.log?.(existing ? `static model: rebuilding ${dir} (built with other options)` : `static model: building into ${dir}`);
  }
  return { manifest: await buildStaticModel(dir, options), built: true };
}
