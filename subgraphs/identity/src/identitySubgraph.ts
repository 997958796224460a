import { readFileSync } from 'node:fs';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse, type DocumentNode, type GraphQLSchema } from 'graphql';
import { accountResolvers } from './account/resolvers.js';
import { adminResolvers } from './admin/resolvers.js';
import { apiKeyResolvers } from './apiKey/resolvers.js';
import { CONSENT_PURPOSE_VALUES, RATING_RANK_VALUES, ROLE_VALUES, USER_STATUS_VALUES } from './enumValues.js';
import type { Resolvers } from './generated/resolvers.js';
import { householdResolvers } from './household/resolvers.js';
import { DateTimeScalar } from '@media-gateway/runtime';
import { mfaResolvers } from './mfa/resolvers.js';
import { preferencesResolvers } from './preferences/resolvers.js';

export const IDENTITY_SUBGRAPH_NAME = 'identity';

type ApolloModule = Extract<Parameters<typeof buildSubgraphSchema>[0], readonly unknown[]>[number];
type ApolloResolverMap = NonNullable<Extract<ApolloModule, { resolvers?: unknown }>['resolvers']>;

export const identityTypeDefs: DocumentNode = parse(readFileSync(new URL('./schema.graphql', import.meta.url), 'utf8'));

/** Every resolver of the subgraph, one map per domain folder, merged per type. */
export const identityResolvers: Resolvers = {
  DateTime: DateTimeScalar,
  // Enum internal values (see enumValues.ts): resolvers see stored spellings and ranks, clients the SDL's names.
  Role: ROLE_VALUES,
  UserStatus: USER_STATUS_VALUES,
  ContentRatingLevel: RATING_RANK_VALUES,
  ConsentPurpose: CONSENT_PURPOSE_VALUES,
  Query: { ...accountResolvers.Query, ...householdResolvers.Query, ...adminResolvers.Query },
  Mutation: {
    ...accountResolvers.Mutation,
    ...mfaResolvers.Mutation,
    ...apiKeyResolvers.Mutation,
    ...householdResolvers.Mutation,
    ...preferencesResolvers.Mutation,
    ...adminResolvers.Mutation,
  },
  User: { ...accountResolvers.User, ...householdResolvers.User, ...preferencesResolvers.User, ...apiKeyResolvers.User },
  Profile: householdResolvers.Profile,
  ParentalControls: householdResolvers.ParentalControls,
  Preferences: preferencesResolvers.Preferences,
  ApiKey: apiKeyResolvers.ApiKey,
  AuditEntry: adminResolvers.AuditEntry,
};

export function buildIdentitySchema(): GraphQLSchema {
  // Apollo's resolver map type predates federation's `__resolveReference` typing; the generated types are the check.
  return buildSubgraphSchema([{ typeDefs: identityTypeDefs, resolvers: identityResolvers as ApolloResolverMap }]);
}
