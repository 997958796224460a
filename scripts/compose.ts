// Composes the supergraph from every subgraph's SDL and writes schema/supergraph.graphql.
// `--check` fails instead of writing when the checked-in file is stale (CI runs it).
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { composeServices } from '@apollo/composition';
import { catalogTypeDefs } from '@media-gateway/catalog';
import { identityTypeDefs } from '@media-gateway/identity';
import { discoveryTypeDefs } from '@media-gateway/discovery';
import { syncTypeDefs } from '@media-gateway/sync';
import { playbackTypeDefs } from '@media-gateway/playback';
import { recommendationsTypeDefs } from '@media-gateway/recommendations';

const SUBGRAPHS = [
  { name: 'catalog', typeDefs: catalogTypeDefs, url: 'http://catalog:4001/graphql' },
  { name: 'identity', typeDefs: identityTypeDefs, url: 'http://identity:4002/graphql' },
  { name: 'discovery', typeDefs: discoveryTypeDefs, url: 'http://discovery:4003/graphql' },
  { name: 'sync', typeDefs: syncTypeDefs, url: 'http://sync:4004/graphql' },
  { name: 'playback', typeDefs: playbackTypeDefs, url: 'http://playback:4005/graphql' },
  { name: 'recommendations', typeDefs: recommendationsTypeDefs, url: 'http://recommendations:4006/graphql' },
];

const target = fileURLToPath(new URL('../schema/supergraph.graphql', import.meta.url));
const result = composeServices(SUBGRAPHS);
if (result.errors) {
  for (const error of result.errors) console.error(`composition error: ${error.message}`);
  process.exit(1);
}
for (const hint of result.hints ?? []) console.warn(`composition hint: ${hint.definition.code}: ${hint.message}`);

const sdl = `${result.supergraphSdl.trim()}\n`;
if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {
    // missing counts as stale
  }
  if (current !== sdl) {
    console.error('schema/supergraph.graphql is stale: run `npm run compose` and commit the result.');
    process.exit(1);
  }
  console.log('schema/supergraph.graphql is up to date.');
} else {
  writeFileSync(target, sdl);
  console.log(`wrote ${target}`);
}
