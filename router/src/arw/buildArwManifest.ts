import { Kind, parse, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { SCOPES } from '@media-gateway/auth';
import { mcpToolName, operationAccess, operationDoc, variablesJsonSchema, type JsonSchema, type OperationAccess, type PersistedOperation } from '@media-gateway/schema';
import type { SafelistMode } from '../persisted/SafelistMode.js';
import { ACTION_CATALOG } from './actionCatalog.js';

/** ARW's manifest schema; PRODUCT_SPEC §11 names the `$schema` field, not its URL. */
export const ARW_SCHEMA_URL = 'https://arw.dev/schemas/arw-manifest.json';
/** Where the router serves the logo `site.logo` points at by default. */
export const LOGO_PATH = '/logo.svg';
/** The MCP protocol version §11 names; the bridge negotiates the newer ones too (MCP SDK 1.32). */
export const MCP_PROTOCOL_VERSION = '2024-11-05';
export const MCP_PROTOCOL_VERSIONS = ['2025-11-25', '2025-06-18', '2025-03-26', '2024-11-05'] as const;
/** §11 "Auth and limits": 100 per 15 min unauthenticated (an alternative reading says 10), 1000 authenticated. */
export const ARW_RATE_LIMITS = { unauthenticated: 100, authenticated: 1000, window_seconds: 900 } as const;

export interface ArwManifestOptions {
  /** The trusted operations (the manifest the router serves). */
  operations: readonly PersistedOperation[];
  /** The supergraph built with its directives (`@authenticated`, `@requiresScopes`) and input types. */
  schema: GraphQLSchema;
  /** Where clients reach the router, without a trailing slash; GraphQL is at `<publicUrl><graphqlPath>`. */
  publicUrl: string;
  graphqlPath: string;
  /** The MCP bridge's streamable-HTTP endpoint as agents reach it; without it no MCP URL is listed. */
  mcpUrl?: string | undefined;
  /** The OAuth issuer (oidc-provider's default routes under it); without it there is no `authentication`. */
  oauthIssuer?: string | undefined;
  /** Who may send ad-hoc GraphQL besides the trusted operations (`PERSISTED_OPERATIONS`). */
  safelist: SafelistMode;
  /** @default name "Media Gateway", a one-line description, logo `<publicUrl>/logo.svg` (served by the router) */
  site?: Partial<ArwManifest['site']>;
}

const SITE = {
  name: 'Media Gateway',
  description:
    'One GraphQL API over every streaming catalogue: search in plain words, see where a title streams in your region with a deep link into the app, keep one watchlist across devices, and start or hand off playback.',
};

export interface ArwTool {
  name: string;
  description: string;
  /** The trusted operation behind the tool: POST `{ documentId, variables }` to the GraphQL endpoint to run it. */
  operation: string;
  document_id: string;
  input_schema: JsonSchema;
  required_scopes: string[];
  requires_authentication: boolean;
  requires_user_consent: boolean;
}

export interface ArwAction {
  id: string;
  description: string;
  tools: string[];
  operations: string[];
  oauth_scopes: string[];
  requires_user_consent: boolean;
  /** True when every tool of the action needs a signed-in user. */
  requires_authentication: boolean;
}

export interface ArwManifest {
  $schema: string;
  version: string;
  site: { name: string; description: string; logo: string; url: string };
  capabilities: {
    mcp: {
      version: string;
      protocol_versions: string[];
      transports: string[];
      endpoint?: string;
      tools_url?: string;
      resources_url?: string;
      stdio: { command: string; args: string[] };
    };
    semantic_search?: { endpoint: string; method: 'POST'; supports_natural_language: boolean; supports_filters: boolean; operation: string; document_id: string; tool: string };
    graphql: { endpoint: string; subscriptions: string; trusted_operations: { id_fields: string[]; safelist: SafelistMode } };
    actions: ArwAction[];
  };
  authentication?: {
    oauth2: {
      issuer: string;
      discovery_url: string;
      authorization_endpoint: string;
      token_endpoint: string;
      device_authorization_endpoint: string;
      code_challenge_methods: string[];
      scopes: string[];
    };
    api_key: { header: string };
  };
  rate_limits: typeof ARW_RATE_LIMITS;
  tools: ArwTool[];
}

/**
 * The ARW manifest (PRODUCT_SPEC §11) from the trusted operations: each MCP tool (`mcpToolName`) with its input
 * schema and scopes, tools grouped into actions by their `@action` tag, and the endpoints an agent needs. Pure, so
 * the router computes it once at start.
 */
export function buildArwManifest(options: ArwManifestOptions): ArwManifest {
  const graphqlUrl = `${options.publicUrl}${options.graphqlPath}`;
  const tools = options.operations.flatMap((operation) => {
    const name = mcpToolName(operation);
    return name ? [{ operation, tool: describeTool(name, operation, options.schema) }] : [];
  });
  const search = tools.find(({ tool }) => tool.name === 'semantic_search');
  return {
    $schema: ARW_SCHEMA_URL,
    version: '1.0',
    site: { ...SITE, logo: `${options.publicUrl}${LOGO_PATH}`, url: options.publicUrl, ...options.site },
    capabilities: {
      mcp: {
        version: MCP_PROTOCOL_VERSION,
        protocol_versions: [...MCP_PROTOCOL_VERSIONS],
        transports: ['stdio', 'streamable-http'],
        // MCP lists tools and resources over JSON-RPC (tools/list, resources/list) at its one endpoint.
        ...(options.mcpUrl ? { endpoint: options.mcpUrl, tools_url: options.mcpUrl, resources_url: options.mcpUrl } : {}),
        stdio: { command: 'media-gateway', args: ['mcp', 'start', '--transport', 'stdio'] },
      },
      ...(search
        ? {
            semantic_search: {
              endpoint: graphqlUrl,
              method: 'POST' as const,
              supports_natural_language: true,
              supports_filters: Object.keys(search.tool.input_schema.properties ?? {}).includes('filters'),
              operation: search.operation.name,
              document_id: search.tool.document_id,
              tool: search.tool.name,
            },
          }
        : {}),
      graphql: {
        endpoint: graphqlUrl,
        subscriptions: graphqlUrl.replace(/^http/, 'ws'),
        trusted_operations: { id_fields: ['documentId', 'extensions.persistedQuery.sha256Hash'], safelist: options.safelist },
      },
      actions: groupActions(tools),
    },
    ...(options.oauthIssuer ? { authentication: authentication(options.oauthIssuer) } : {}),
    rate_limits: ARW_RATE_LIMITS,
    tools: tools.map(({ tool }) => tool),
  };
}

function describeTool(name: string, operation: PersistedOperation, schema: GraphQLSchema): ArwTool {
  const document = parse(operation.body);
  const definition = document.definitions.find((node): node is OperationDefinitionNode => node.kind === Kind.OPERATION_DEFINITION);
  if (!definition) throw new TypeError(`buildArwManifest: ${operation.name} has no operation in its body`);
  const access = operationAccess(schema, document);
  const doc = operationDoc(operation);
  return {
    name,
    description: doc.description,
    operation: operation.name,
    document_id: `sha256:${operation.id}`,
    input_schema: variablesJsonSchema(schema, document, definition),
    required_scopes: requiredScopes(operation, access, doc.action),
    requires_authentication: access.authenticated,
    requires_user_consent: doc.requiresConsent,
  };
}

/**
 * The schema's own requirements (the first AND-group of each `@requiresScopes`, the least an agent can ask for) plus,
 * for operations that need a signed-in user, the scopes §6 names for the action's domain (`ACTION_CATALOG`).
 */
function requiredScopes(operation: PersistedOperation, access: OperationAccess, action: string | undefined): string[] {
  const fromSchema = access.scopes.flatMap((alternatives) => alternatives[0] ?? []);
  const catalog = action ? ACTION_CATALOG[action] : undefined;
  const fromDomain = access.authenticated && catalog && operation.type !== 'subscription' ? catalog.scopes[operation.type] : [];
  return [...new Set([...fromSchema, ...fromDomain])];
}

function groupActions(tools: ReadonlyArray<{ operation: PersistedOperation; tool: ArwTool }>): ArwAction[] {
  const byAction = new Map<string, ArwTool[]>();
  for (const { operation, tool } of tools) {
    const action = operationDoc(operation).action;
    if (action) byAction.set(action, [...(byAction.get(action) ?? []), tool]);
  }
  const known = Object.keys(ACTION_CATALOG);
  const order = (id: string) => (known.includes(id) ? known.indexOf(id) : known.length);
  return [...byAction.entries()]
    .sort(([a], [b]) => order(a) - order(b) || a.localeCompare(b))
    .map(([id, members]) => ({
      id,
      description: ACTION_CATALOG[id]?.description ?? `Operations tagged @action ${id}.`,
      tools: members.map((tool) => tool.name),
      operations: members.map((tool) => tool.operation),
      oauth_scopes: [...new Set(members.flatMap((tool) => tool.required_scopes))],
      requires_user_consent: members.some((tool) => tool.requires_user_consent),
      requires_authentication: members.every((tool) => tool.requires_authentication),
    }));
}

/** oidc-provider's default routes under the issuer (the identity subgraph keeps them). */
function authentication(issuer: string): NonNullable<ArwManifest['authentication']> {
  return {
    oauth2: {
      issuer,
      discovery_url: `${issuer}/.well-known/openid-configuration`,
      authorization_endpoint: `${issuer}/auth`,
      token_endpoint: `${issuer}/token`,
      device_authorization_endpoint: `${issuer}/device/auth`,
      code_challenge_methods: ['S256'],
      // `explorer` is granted to API keys only, never through OAuth.
      scopes: SCOPES.filter((scope) => scope !== 'explorer'),
    },
    api_key: { header: 'x-api-key' },
  };
}
