import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { persistedOperationId, type PersistedOperation, type PersistedQueryManifest } from '@media-gateway/schema';

/** A supergraph small enough to read in a test, with the access directives the real one uses. */
export const TINY_SDL = /* GraphQL */ `
  directive @authenticated on FIELD_DEFINITION | OBJECT
  directive @requiresScopes(scopes: [[String!]!]!) on FIELD_DEFINITION | OBJECT

  enum Genre { HORROR COMEDY }
  input SearchFilter { genres: [Genre!] }
  type Title { id: ID! name: String! }
  type Device { id: ID! name: String! }
  type GenreCount { genre: Genre! titleCount: Int! }
  type Profile { id: ID! }
  type User { id: ID! profiles: [Profile!]! }
  type WatchlistEntry { title: Title! }
  type Library { profileId: ID! watchlist: [WatchlistEntry!]! }

  type Query {
    search(
      """Plain words."""
      query: String!
      filters: SearchFilter
      first: Int
    ): [Title!]!
    genres: [GenreCount!]!
    devices: [Device!]! @requiresScopes(scopes: [["read:devices"]])
    me: User @authenticated
    library(profileId: ID!): Library @authenticated
  }
  type Mutation {
    renameDevice(id: ID!, name: String!): Device! @authenticated
    removeDevice(id: ID!): Boolean! @authenticated
  }
  type Subscription { titleAdded: Title! }
`;

export function operation(name: string, type: PersistedOperation['type'], body: string): PersistedOperation {
  return { id: persistedOperationId(body), name, type, body };
}

export const OPERATIONS = {
  SemanticSearch: operation(
    'SemanticSearch',
    'query',
    '# Searches titles in plain words.\n# @tool semantic_search\nquery SemanticSearch($query: String!, $filters: SearchFilter, $first: Int = 10) {\n  search(query: $query, filters: $filters, first: $first) { id name }\n}',
  ),
  Genres: operation('Genres', 'query', '# Every genre with its number of titles.\nquery Genres {\n  genres { genre titleCount }\n}'),
  Devices: operation('Devices', 'query', "# The user's devices.\n# @tool list_devices\nquery Devices {\n  devices { id name }\n}"),
  RenameDevice: operation('RenameDevice', 'mutation', '# Renames a device.\n# @tool rename_device\nmutation RenameDevice($id: ID!, $name: String!) {\n  renameDevice(id: $id, name: $name) { id name }\n}'),
  RemoveDevice: operation('RemoveDevice', 'mutation', '# Removes a device.\nmutation RemoveDevice($id: ID!) {\n  removeDevice(id: $id)\n}'),
  TitleAdded: operation('TitleAdded', 'subscription', '# New titles.\nsubscription TitleAdded {\n  titleAdded { id }\n}'),
  Viewer: operation('Viewer', 'query', '# Who is signed in.\n# @tool whoami\nquery Viewer {\n  me { id profiles { id } }\n}'),
  Library: operation('Library', 'query', "# A profile's library.\n# @tool sync_watchlist\nquery Library($profileId: ID!) {\n  library(profileId: $profileId) { profileId watchlist { title { id name } } }\n}"),
} as const;

export function manifestOf(operations: readonly PersistedOperation[]): PersistedQueryManifest {
  return { format: 'apollo-persisted-query-manifest', version: 1, operations: [...operations] };
}

/** A folder with `supergraph.graphql` and `manifest.json`, removed by `dispose`. */
export function tinyGraphFiles(operations: readonly PersistedOperation[] = Object.values(OPERATIONS)) {
  const dir = mkdtempSync(join(tmpdir(), 'mg-mcp-'));
  const manifestPath = join(dir, 'manifest.json');
  const supergraphSdlPath = join(dir, 'supergraph.graphql');
  writeFileSync(supergraphSdlPath, TINY_SDL);
  const writeManifest = (value: unknown) => writeFileSync(manifestPath, typeof value === 'string' ? value : JSON.stringify(value, null, 2));
  writeManifest(manifestOf(operations));
  return { dir, manifestPath, supergraphSdlPath, writeManifest, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface RecordedRequest {
  url: string;
  headers: Record<string, string>;
  body: Record<string, unknown> & { variables?: Record<string, unknown>; extensions?: { persistedQuery?: { sha256Hash?: string } } };
}

/**
 * A stand-in for the router's HTTP endpoint: answers each persisted id from `answers` (by operation name) and records
 * what was sent, so tests can check the bridge sends ids, variables and tokens and nothing else.
 */
export function fakeRouter(answers: Record<string, { status?: number; body: unknown; headers?: Record<string, string> }>) {
  const requests: RecordedRequest[] = [];
  const byId = new Map(Object.values(OPERATIONS).map((op) => [op.id, op.name]));
  const fetch = (async (input: string | URL | Request, init?: RequestInit) => {
    const body = JSON.parse(String(init?.body)) as RecordedRequest['body'];
    requests.push({ url: String(input), headers: Object.fromEntries(new Headers(init?.headers).entries()), body });
    const name = byId.get(String(body.documentId));
    const answer = name ? answers[name] : undefined;
    if (!answer) return Response.json({ errors: [{ message: 'PersistedQueryNotFound', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } }] }, { status: 200 });
    return Response.json(answer.body, { status: answer.status ?? 200, headers: answer.headers ?? {} });
  }) as typeof globalThis.fetch;
  return { fetch, requests };
}
