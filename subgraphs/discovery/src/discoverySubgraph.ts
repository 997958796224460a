import { readFileSync } from 'node:fs';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { GraphQLScalarType, Kind, parse, type DocumentNode, type GraphQLSchema } from 'graphql';
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

/** ISO 8601 instants; a malformed one is a BAD_USER_INPUT (graphql-js reports scalar parse errors that way). */
const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  serialize: (value) => (value as Date).toISOString(),
  parseValue: (value) => parseDate(value),
  parseLiteral: (ast) => parseDate(ast.kind === Kind.STRING ? ast.value : null),
});

function parseDate(value: unknown): Date {
  const date = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value) ? new Date(value) : new Date(Number.NaN);
  if (Number.isNaN(date.getTime())) throw new TypeError(`DateTime must be an ISO 8601 instant, got ${JSON.stringify(value)}`);
  return date;
}

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
