import { buildSchema } from 'graphql';
import { persistedOperationId, type PersistedOperation } from '@media-gateway/schema';

/** A tiny supergraph-like schema: the access directives as the composed supergraph carries them. */
export const schema = buildSchema(
  /* GraphQL */ `
    type Query {
      search(query: String!, filters: Filter, first: Int = 10): [String!]!
      sessions: [String!]! @authenticated
      forecast: String
    }
    type Mutation {
      startPlayback(input: PlaybackInput!): String! @authenticated
      updatePreferences(genres: [Genre!]!): String! @requiresScopes(scopes: [["write:preferences"], ["admin:users"]])
      rename(name: String!): String! @authenticated
    }
    type Subscription {
      ticks: Int!
    }
    "Narrows a search."
    input Filter {
      genres: [Genre!]
      "Inclusive."
      years: YearRange
      next: Filter
    }
    input YearRange {
      min: Int!
      max: Int = 2100
    }
    input PlaybackInput {
      titleId: ID!
      at: DateTime
      resume: Boolean = true
      speed: Float
    }
    enum Genre {
      drama
      comedy
    }
    "ISO 8601."
    scalar DateTime
  `,
  { assumeValidSDL: true },
);

function op(type: PersistedOperation['type'], name: string, body: string): PersistedOperation {
  return { id: persistedOperationId(body), name, type, body };
}

export const SEARCH = op(
  'query',
  'Search',
  '# Searches in plain words.\n# @tool semantic_search\n# @action search\nquery Search($query: String!, $filters: Filter, $first: Int = 10) {\n  search(query: $query, filters: $filters, first: $first)\n}\n',
);
export const START = op(
  'mutation',
  'StartPlayback',
  '# Starts playback.\n# @tool initiate_playback\n# @action playback\n# @consent\nmutation StartPlayback($input: PlaybackInput!) {\n  startPlayback(input: $input)\n}\n',
);
export const SESSIONS = op('query', 'Sessions', '# Playback sessions.\n# @action playback\nquery Sessions {\n  sessions\n}\n');
export const PREFERENCES = op(
  'mutation',
  'UpdatePreferences',
  '# Updates preferences.\n# @tool update_preferences\n# @action preferences\nmutation UpdatePreferences($genres: [Genre!]!) {\n  updatePreferences(genres: $genres)\n}\n',
);
export const RENAME = op('mutation', 'Rename', '# Not a tool: a mutation without @tool.\n# @action account\nmutation Rename($name: String!) {\n  rename(name: $name)\n}\n');
export const TICKS = op('subscription', 'Ticks', '# Never a tool.\nsubscription Ticks {\n  ticks\n}\n');
export const FORECAST = op('query', 'Forecast', '# An action the catalog does not know.\n# @action weather\nquery Forecast {\n  forecast\n}\n');
