// Fails when the generated files differ from what `npm run codegen` would write now.
import { spawnSync } from 'node:child_process';
import { readFileSync, existsSync } from 'node:fs';

const GENERATED = [
  ...['catalog', 'identity', 'discovery', 'sync', 'playback', 'recommendations'].map((name) => `subgraphs/${name}/src/generated/resolvers.ts`),
  'schema/src/generated/operations.ts',
  'schema/persisted-query-manifest.json',
];
const before = GENERATED.map((file) => (existsSync(file) ? readFileSync(file, 'utf8') : null));
const run = spawnSync('npx', ['--no-install', 'graphql-codegen', '--config', 'codegen.yml', '--silent'], { stdio: 'inherit' });
if (run.status !== 0) process.exit(run.status ?? 1);
const stale = GENERATED.filter((file, i) => readFileSync(file, 'utf8') !== before[i]);
if (stale.length > 0) {
  console.error(`Generated files were stale: ${stale.join(', ')}. Run \`npm run codegen\` and commit the result.`);
  process.exit(1);
}
console.log('Generated resolver types, operation types and the persisted-query manifest are up to date.');
