import { readFileSync } from 'node:fs';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { DateTimeScalar } from '@media-gateway/runtime';
import { parse, type DocumentNode, type GraphQLSchema } from 'graphql';
import type { Resolvers } from './generated/resolvers.js';
import { launchResolvers } from './graphql/launchResolvers.js';
import { libraryResolvers } from './graphql/libraryResolvers.js';
import { sessionResolvers } from './graphql/sessionResolvers.js';
import { subscriptionResolvers } from './graphql/subscriptionResolvers.js';

export const PLAYBACK_SUBGRAPH_NAME = 'playback';

type ApolloModule = Extract<Parameters<typeof buildSubgraphSchema>[0], readonly unknown[]>[number];
type ApolloResolverMap = NonNullable<Extract<ApolloModule, { resolvers?: unknown }>['resolvers']>;

export const playbackTypeDefs: DocumentNode = parse(readFileSync(new URL('./schema.graphql', import.meta.url), 'utf8'));

export function buildPlaybackSchema(): GraphQLSchema {
  const resolvers: Resolvers = {
    DateTime: DateTimeScalar,
    Query: { ...sessionResolvers.Query, ...libraryResolvers.Query },
    Mutation: { ...sessionResolvers.Mutation, ...launchResolvers.Mutation },
    Subscription: subscriptionResolvers.Subscription,
    PlaybackSession: sessionResolvers.PlaybackSession,
    PlaybackSessionChange: sessionResolvers.PlaybackSessionChange,
    ContinueWatchingItem: libraryResolvers.ContinueWatchingItem,
    WatchHistoryEntry: libraryResolvers.WatchHistoryEntry,
  };
  // Apollo's resolver map type predates federation's `__resolveReference` typing; the generated types are the check.
  return buildSubgraphSchema([{ typeDefs: playbackTypeDefs, resolvers: resolvers as ApolloResolverMap }]);
}
