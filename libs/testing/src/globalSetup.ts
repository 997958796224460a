import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { detectBackends, redact } from './detectBackends.js';
import { testModelCacheDir } from './testModelCacheDir.js';

/** Detects the backends once per run, tells the workers through the environment, and says which were used. */
export default async function setup(): Promise<void> {
  // Vitest runs global setup once per project; detect and report once per run.
  if (process.env.MG_TEST_BACKENDS_REPORTED) return;
  process.env.MG_TEST_BACKENDS_REPORTED = '1';
  const backends = await detectBackends();
  process.env.MG_TEST_POSTGRES_ADMIN_URL = backends.postgresAdminUrl ?? '';
  process.env.MG_TEST_REDIS_URL = backends.redisUrl ?? '';
  const postgres = backends.postgresAdminUrl
    ? `PostgreSQL at ${redact(backends.postgresAdminUrl)} (${backends.postgresSource})`
    : 'embedded PGlite (no PostgreSQL answered)';
  const redis = backends.redisUrl ? `Redis at ${redact(backends.redisUrl)} (${backends.redisSource})` : 'none (Redis tests skip)';
  process.stdout.write(`\nTest backends: postgres = ${postgres}; redis = ${redis}\n\n`);
  // Every product the end-to-end tests start embeds titles with it; building it once here keeps them from racing.
  // Run as `npm start` runs it: global setup loads workspace packages as plain Node, without their source condition.
  const started = Date.now();
  const cli = fileURLToPath(new URL('../../embeddings/src/static/buildStaticModelCli.ts', import.meta.url));
  execFileSync(process.execPath, ['--import', 'tsx', '--conditions=@media-gateway/source', cli, testModelCacheDir()], { stdio: 'inherit' });
  process.stdout.write(`Static embedding model ready in ${testModelCacheDir()} (${((Date.now() - started) / 1000).toFixed(1)} s)\n\n`);
}
