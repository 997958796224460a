import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';

/** A fixture subgraph whose titles reference titles, so a query can nest as deep as it likes. */
export const name = 'titles';
export const url = 'http://titles.invalid/graphql';
export const typeDefs = parse(/* GraphQL */ `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
  type Query {
    title(id: ID!): Title
  }
  type Title @key(fields: "id") {
    id: ID!
    name: String!
    related(first: Int): [Title!]!
  }
`);

export const calls = { count: 0 };
const title = (id: string) => ({ id, name: `Title ${id}` });
export const resolvers = {
  Query: {
    title: (_: unknown, args: { id: string }) => {
      calls.count += 1;
      return title(args.id);
    },
  },
  Title: {
    related: (parent: { id: string }, args: { first?: number }) => Array.from({ length: args.first ?? 2 }, (_, i) => title(`${parent.id}.${i}`)),
  },
};

export const schema = buildSubgraphSchema([{ typeDefs, resolvers: resolvers as never }]);
