import { composeServices } from '@apollo/composition';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';

/** A one-subgraph supergraph using both security directives, on fields and on a type. */
export const securedTypeDefs = parse(/* GraphQL */ `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@authenticated", "@requiresScopes"])
  type Query {
    public: String
    me: Account
    adminReport: String @requiresScopes(scopes: [["admin:users"], ["admin:system", "admin:analytics"]])
    settings: String @authenticated
  }
  type Subscription {
    publicTicks: Int
    accountChanged: Account
    auditStream: String @requiresScopes(scopes: [["admin:system"]])
  }
  type Account @key(fields: "id") @authenticated {
    id: ID!
    name: String
    email: String @requiresScopes(scopes: [["read:preferences"]])
  }
`);

export const securedSchema = buildSubgraphSchema([
  {
    typeDefs: securedTypeDefs,
    resolvers: {
      Query: { public: () => 'hello', me: () => ({ id: '1', name: 'Ada', email: 'ada@example.com' }), adminReport: () => 'ok', settings: () => 's' },
    } as never,
  },
]);

export function securedSupergraphSdl(): string {
  const result = composeServices([{ name: 'accounts', url: 'http://accounts.invalid/graphql', typeDefs: securedTypeDefs }]);
  if (result.errors) throw result.errors[0];
  return result.supergraphSdl;
}
