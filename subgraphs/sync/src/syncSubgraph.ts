import { readdirSync, readFileSync } from 'node:fs';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { DateTimeScalar } from '@media-gateway/runtime';
import { parse, type DocumentNode, type GraphQLSchema } from 'graphql';
import type { DeviceModule } from './devices/DeviceModule.js';
import type { Resolvers } from './generated/resolvers.js';
import { libraryResolvers } from './graphql/libraryResolvers.js';
import { recordResolvers } from './graphql/recordResolvers.js';

export const SYNC_SUBGRAPH_NAME = 'sync';

type ApolloModule = Extract<Parameters<typeof buildSubgraphSchema>[0], readonly unknown[]>[number];
type ApolloResolverMap = NonNullable<Extract<ApolloModule, { resolvers?: unknown }>['resolvers']>;
type ResolverMap = Record<string, object>;

const GRAPHQL_DIR = new URL('./graphql/', import.meta.url);
/** library.graphql carries the `extend schema @link` header and the shared types the other files extend. */
const FIRST = 'library.graphql';

/** Every `src/graphql/*.graphql` as one document: the library's, then the device module's. */
export const syncTypeDefs: DocumentNode = parse(
  readdirSync(GRAPHQL_DIR)
    .filter((name) => name.endsWith('.graphql'))
    .sort((a, b) => (a === FIRST ? -1 : b === FIRST ? 1 : a.localeCompare(b)))
    .map((name) => readFileSync(new URL(name, GRAPHQL_DIR), 'utf8'))
    .join('\n'),
);

/** The subgraph's schema: the library's resolvers merged with the device module's, type by type. */
export function buildSyncSchema(deviceResolvers: DeviceModule['resolvers']): GraphQLSchema {
  const library: Resolvers = { DateTime: DateTimeScalar, ...libraryResolvers, ...recordResolvers };
  const resolvers = mergeResolvers(library as ResolverMap, deviceResolvers as unknown as ResolverMap);
  // Apollo's resolver map type predates federation's `__resolveReference` typing; the generated types are the check.
  return buildSubgraphSchema([{ typeDefs: syncTypeDefs, resolvers: resolvers as ApolloResolverMap }]);
}

function mergeResolvers(a: ResolverMap, b: ResolverMap): ResolverMap {
  const merged: ResolverMap = { ...a };
  for (const [type, fields] of Object.entries(b)) {
    const mine = merged[type];
    if (mine) {
      const clash = Object.keys(fields).filter((field) => field in mine);
      if (clash.length > 0) throw new Error(`buildSyncSchema: ${type}.${clash.join(', ')} resolved twice`);
      merged[type] = { ...mine, ...fields };
    } else {
      merged[type] = fields;
    }
  }
  return merged;
}
