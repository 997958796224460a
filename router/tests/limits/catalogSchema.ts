import { buildSchema } from 'graphql';

/** A cut-down catalog: a Relay connection, object and scalar lists, and a self-referencing list for depth bombs. */
export const catalogTypeDefs = /* GraphQL */ `
  type Query {
    titles(first: Int, after: String): TitleConnection!
    title(id: ID!): Title
    search(query: String!, limit: Int): [Title!]!
  }

  type TitleConnection {
    edges: [TitleEdge!]!
    nodes: [Title!]!
    pageInfo: PageInfo!
    totalCount: Int!
  }

  type TitleEdge {
    cursor: String!
    node: Title!
  }

  type PageInfo {
    hasNextPage: Boolean!
    endCursor: String
  }

  enum Genre {
    ACTION
    COMEDY
    DRAMA
  }

  type Title {
    id: ID!
    title: String!
    releaseYear: Int
    genres: [Genre!]!
    availability(region: String): [Offer!]!
    credits: [Credit!]!
    similar(first: Int): [Title!]!
  }

  type Offer {
    platform: String!
    region: String!
    deepLink: String!
  }

  type Credit {
    name: String!
    role: String!
  }
`;

export const catalogSchema = buildSchema(catalogTypeDefs);

/** `{ title(id: "1") { similar { similar { … { id } } } } }` with `levels` nested `similar` fields. */
export function similarBomb(levels: number): string {
  return `{ title(id: "1") { ${'similar { '.repeat(levels)}id${' }'.repeat(levels)} } }`;
}

/** `{ a0: title(id: "1") { id } a1: … }` with `count` aliases. */
export function aliasFlood(count: number): string {
  return `{ ${Array.from({ length: count }, (_, i) => `a${i}: title(id: "${i}") { id }`).join(' ')} }`;
}
