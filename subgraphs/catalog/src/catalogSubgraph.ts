import { readFileSync } from 'node:fs';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { Resolvers } from './generated/resolvers.js';
import { parse, type DocumentNode, type GraphQLSchema } from 'graphql';
import { DateScalar, DateTimeScalar } from '@media-gateway/runtime';
import { GENRES } from './title/genres.js';
import { MPAA_RATINGS } from './title/contentRating.js';
import { titleResolvers } from './title/resolvers.js';
import { availabilityResolvers } from './availability/resolvers.js';
import { availabilityChangedResolvers } from './availability/availabilityChangedResolvers.js';

export const CATALOG_SUBGRAPH_NAME = 'catalog';

type ApolloModule = Extract<Parameters<typeof buildSubgraphSchema>[0], readonly unknown[]>[number];
type ApolloResolverMap = NonNullable<Extract<ApolloModule, { resolvers?: unknown }>['resolvers']>;

export const catalogTypeDefs: DocumentNode = parse(readFileSync(new URL('./schema.graphql', import.meta.url), 'utf8'));

/** GraphQL enum values are upper-case; storage keeps the canonical lower-case genre and the rating rank. */
const enumValues = {
  Genre: Object.fromEntries(GENRES.map((genre) => [genre.toUpperCase(), genre])),
  ContentRatingLevel: Object.fromEntries(MPAA_RATINGS.map((rating, rank) => [rating.replace('-', '_'), rank])),
};

export function buildCatalogSchema(): GraphQLSchema {
  const resolvers: Resolvers = {
    Date: DateScalar,
    DateTime: DateTimeScalar,
    ...enumValues,
    Query: { ...titleResolvers.Query, ...availabilityResolvers.Query },
    Subscription: availabilityChangedResolvers.Subscription,
    Title: { ...titleResolvers.Title, ...availabilityResolvers.Title },
    TitleConnection: titleResolvers.TitleConnection,
    Offer: availabilityResolvers.Offer,
    Platform: availabilityResolvers.Platform,
  };
  // Apollo's resolver map type predates federation's `__resolveReference` typing; the generated types are the check.
  return buildSubgraphSchema([{ typeDefs: catalogTypeDefs, resolvers: resolvers as ApolloResolverMap }]);
}
