/**
 * Builds the static word-embedding model if it is missing or stale; `npm start` runs this before the server.
 *
 *   tsx --conditions=@media-gateway/source libs/embeddings/src/static/buildStaticModelCli.ts [cacheDir] [--force]
 *
 * `cacheDir` defaults to `.data/models` (relative to the working directory); the model goes into `<cacheDir>/static`,
 * where `createEmbedder({ cacheDir })` looks for it. `--force` rebuilds even an up-to-date model.
 * Progress goes to stderr. Exits 1 when the build fails.
 */
import { resolve } from 'node:path';
import { ensureStaticModel } from './ensureStaticModel.js';
import { staticModelDir } from './staticModelFiles.js';

const args = process.argv.slice(2);
const cacheDir = resolve(args.find((arg) => !arg.startsWith('--')) ?? '.data/models');
const dir = staticModelDir(cacheDir);
try {
  const { manifest, built } = await ensureStaticModel(dir, { force: args.includes('--force'), log: (message) => console.error(message) });
  console.error(
    built
      ? `static model ${manifest.modelId} built in ${manifest.buildSeconds} s: ${manifest.vocabularySize} words × ${manifest.dimensions} dimensions in ${dir}`
      : `static model ${manifest.modelId} is up to date in ${dir}`,
  );
} catch (error) {
  console.error(`static model build failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exitCode = 1;
}
