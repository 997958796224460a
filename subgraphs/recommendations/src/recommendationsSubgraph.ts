import { readFileSync } from 'node:fs';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { DateTimeScalar } from '@media-gateway/runtime';
import { parse, type DocumentNode, type GraphQLSchema } from 'graphql';
import type { Resolvers } from './generated/resolvers.js';
import { experimentResolvers } from './graphql/experimentResolvers.js';
import { recommendationResolvers } from './graphql/recommendationResolvers.js';

export const RECOMMENDATIONS_SUBGRAPH_NAME = 'recommendations';

type ApolloModule = Extract<Parameters<typeof buildSubgraphSchema>[0], readonly unknown[]>[number];
type ApolloResolverMap = NonNullable<Extract<ApolloModule, { resolvers?: unknown }>['resolvers']>;

export const recommendationsTypeDefs: DocumentNode = parse(readFileSync(new URL('./schema.graphql', import.meta.url), 'utf8'));

export function buildRecommendationsSchema(): GraphQLSchema {
  const resolvers: Resolvers = {
    DateTime: DateTimeScalar,
    Query: { ...experimentResolvers.Query },
    Mutation: { ...recommendationResolvers.Mutation, ...experimentResolvers.Mutation },
    Profile: recommendationResolvers.Profile,
    Title: recommendationResolvers.Title,
    Recommendation: recommendationResolvers.Recommendation,
    RecommendationList: recommendationResolvers.RecommendationList,
  };
  // Apollo's resolver map type predates federation's `__resolveReference` typing; the generated types are the check.
  return buildSubgraphSchema([{ typeDefs: recommendationsTypeDefs, resolvers: resolvers as ApolloResolverMap }]);
}
