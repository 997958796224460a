import { readFileSync } from 'node:fs';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { DateTimeScalar } from '@media-gateway/runtime';
import { parse, type DocumentNode, type GraphQLSchema } from 'graphql';
import type { Resolvers } from './generated/resolvers.js';
import { analyticsResolvers } from './graphql/analyticsResolvers.js';
import { autocompleteResolvers } from './graphql/autocompleteResolvers.js';
import { enumResolvers } from './graphql/enumValues.js';
import { searchResolvers } from './graphql/searchResolvers.js';
import { titleResolvers } from './graphql/titleResolvers.js';

export const DISCOVERY_SUBGRAPH_NAME = 'discovery';

type ApolloModule = Extract<Parameters<typeof buildSubgraphSchema>[0], readonly unknown[]>[number];
type ApolloResolverMap = NonNullable<Extract<ApolloModule, { resolvers?: unknown }>['resolvers']>;

export const discoveryTypeDefs: DocumentNode = parse(readFileSync(new URL('./schema.graphql', import.meta.url), 'utf8'));

export function buildDiscoverySchema(): GraphQLSchema {
  const resolvers: Resolvers = {
    DateTime: DateTimeScalar,
    ...enumResolvers,
    Query: { ...searchResolvers.Query, ...autocompleteResolvers.Query, ...analyticsResolvers.Query },
    Title: titleResolvers.Title,
    Profile: searchResolvers.Profile,
    SearchHit: searchResolvers.SearchHit,
    ScoreBreakdown: searchResolvers.ScoreBreakdown,
    RetrieverScore: searchResolvers.RetrieverScore,
    ParsedQuery: searchResolvers.ParsedQuery,
    SpellingCorrection: searchResolvers.SpellingCorrection,
    AutocompleteSuggestion: autocompleteResolvers.AutocompleteSuggestion,
  };
  // Apollo's resolver map type predates federation's `__resolveReference` typing; the generated types are the check.
  return buildSubgraphSchema([{ typeDefs: discoveryTypeDefs, resolvers: resolvers as ApolloResolverMap }]);
}
