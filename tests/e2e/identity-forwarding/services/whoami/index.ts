import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { identityFromHeaders } from '@media-gateway/auth';

/** A fixture subgraph that answers with the identity it received from the router. */
export const name = 'whoami';
export const url = 'http://whoami.invalid/graphql';
export const typeDefs = parse(/* GraphQL */ `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
  type Query {
    whoami: String!
  }
`);

export function createSubgraph(secret: string) {
  return {
    name,
    schema: buildSubgraphSchema([{ typeDefs, resolvers: { Query: { whoami: async (_: unknown, __: unknown, ctx: { identity: unknown }) => JSON.stringify(await ctx.identity) } } } as never]),
    // The same context the subgraph's HTTP server would build: identity only from the router's signed header.
    createContext: (headers: Record<string, string | undefined>) => ({ identity: identityFromHeaders(headers as Record<string, string>, { secret }) }),
  };
}
