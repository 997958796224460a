import { afterEach, describe, expect, it } from 'vitest';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import { ToolListChangedNotificationSchema, type CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { createLogger } from '@media-gateway/runtime';
import { createMcpBridge, type McpBridge, type McpBridgeOptions, type ToolError } from '@media-gateway/mcp';
import { OPERATIONS, fakeRouter, manifestOf, operation, tinyGraphFiles } from './support/tinyGraph.js';

const logger = createLogger({ name: 'mcp-test', level: 'silent' });
const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const SEARCH_DATA = { search: [{ id: 't1', name: 'The Thing' }] };

async function connect(options: { answers?: Parameters<typeof fakeRouter>[0]; token?: string; bridge?: Partial<McpBridgeOptions> } = {}) {
  const files = tinyGraphFiles();
  cleanups.push(files.dispose);
  const router = fakeRouter(options.answers ?? { SemanticSearch: { body: { data: SEARCH_DATA } } });
  const bridge = await createMcpBridge({
    routerUrl: 'http://router.test',
    manifestPath: files.manifestPath,
    supergraphSdlPath: files.supergraphSdlPath,
    watch: false,
    logger,
    fetch: router.fetch,
    ...options.bridge,
  });
  cleanups.push(() => bridge.close());
  const client = await clientOf(bridge, options.token);
  return { files, router, bridge, client };
}

async function clientOf(bridge: McpBridge, token?: string): Promise<Client> {
  const [clientTransport, serverTransport] = InMemoryTransport.createLinkedPair();
  await bridge.createServer(token ? { token } : {}).connect(serverTransport);
  const client = new Client({ name: 'test', version: '1.0.0' });
  await client.connect(clientTransport);
  cleanups.push(() => client.close());
  return client;
}

const errorsOf = (result: unknown) => ((result as CallToolResult).structuredContent as { errors: ToolError[] }).errors;

describe('createMcpBridge: tools', () => {
  it('lists every query and every @tool mutation, with generated input schemas, descriptions and annotations', async () => {
    const { client } = await connect();
    const { tools } = await client.listTools();
    expect(tools.map((tool) => tool.name)).toEqual(['semantic_search', 'genres', 'list_devices', 'rename_device', 'whoami', 'sync_watchlist']);
    const search = tools.find((tool) => tool.name === 'semantic_search')!;
    expect(search.description).toBe('Searches titles in plain words.');
    expect(search.title).toBe('Semantic search');
    expect(search.annotations).toEqual({ readOnlyHint: true, openWorldHint: false });
    expect(search.inputSchema).toMatchObject({
      type: 'object',
      required: ['query'],
      additionalProperties: false,
      properties: {
        query: { type: 'string', description: 'Plain words.' },
        first: { default: 10 },
        filters: { properties: { genres: { items: { enum: ['HORROR', 'COMEDY'] } } } },
      },
    });
    expect(tools.find((tool) => tool.name === 'list_devices')!.description).toBe("The user's devices. Requires sign-in with scope read:devices.");
    const rename = tools.find((tool) => tool.name === 'rename_device')!;
    expect(rename.description).toBe('Renames a device. Requires sign-in.');
    expect(rename.annotations).toEqual({ readOnlyHint: false, destructiveHint: false, openWorldHint: false });
  });

  it('calls a tool by sending the persisted id (never the body) and returns the data as structured content and JSON text', async () => {
    const { client, router } = await connect();
    const result = await client.callTool({ name: 'semantic_search', arguments: { query: 'horror', filters: { genres: ['HORROR'] } } });
    expect(result.isError).toBeFalsy();
    expect(result.structuredContent).toEqual(SEARCH_DATA);
    expect(result.content).toEqual([{ type: 'text', text: JSON.stringify(SEARCH_DATA) }]);
    expect(router.requests).toHaveLength(1);
    const [request] = router.requests;
    expect(request!.url).toBe('http://router.test/graphql');
    expect(request!.body).toEqual({
      documentId: OPERATIONS.SemanticSearch.id,
      operationName: 'SemanticSearch',
      variables: { query: 'horror', filters: { genres: ['HORROR'] } },
      extensions: { persistedQuery: { version: 1, sha256Hash: OPERATIONS.SemanticSearch.id } },
    });
    expect(request!.headers.authorization).toBeUndefined();
  });

  it("forwards the session's bearer token to the router", async () => {
    const { client, router } = await connect({ token: 'token-1', answers: { Devices: { body: { data: { devices: [] } } } } });
    const result = await client.callTool({ name: 'list_devices', arguments: {} });
    expect(result.structuredContent).toEqual({ devices: [] });
    expect(router.requests[0]!.headers.authorization).toBe('Bearer token-1');
  });

  it('refuses a tool that needs sign-in when the caller has no token, without calling the router', async () => {
    const { client, router } = await connect();
    const result = await client.callTool({ name: 'list_devices', arguments: {} });
    expect(result.isError).toBe(true);
    expect(errorsOf(result)).toEqual([
      expect.objectContaining({ code: 'UNAUTHENTICATED', mcp_code: -32003, message: 'list_devices needs a signed-in user.', retryable: false }),
    ]);
    expect(router.requests).toHaveLength(0);
  });

  it('refuses arguments that miss the input schema, listing the problems, without calling the router', async () => {
    const { client, router } = await connect();
    const result = await client.callTool({ name: 'semantic_search', arguments: { filters: { genres: ['SPOOKY'], genre: 'HORROR' }, first: 'ten', limit: 5 } });
    expect(result.isError).toBe(true);
    const [error] = errorsOf(result);
    expect(error).toMatchObject({ code: 'INVALID_ARGUMENTS', mcp_code: -32602 });
    expect(error!.problems).toEqual(
      expect.arrayContaining([
        "arguments must have required property 'query'",
        'arguments/filters/genres/0 must be equal to one of the allowed values',
        'arguments/first must be integer,null',
        'arguments/filters/genre is not a known argument',
        'arguments/limit is not a known argument',
      ]),
    );
    expect(error!.problems!.filter((problem) => problem.includes('additional properties'))).toEqual([]);
    expect(error!.message).toContain('Invalid arguments for semantic_search: ');
    expect(router.requests).toHaveLength(0);
  });

  it('answers an unknown tool with a JSON-RPC error', async () => {
    const { client } = await connect();
    await expect(client.callTool({ name: 'no_such_tool', arguments: {} })).rejects.toMatchObject({ code: -32602, message: expect.stringContaining('Unknown tool: no_such_tool') });
  });

  it('turns GraphQL errors into structured tool errors, keeping partial data and no internals', async () => {
    const { client } = await connect({
      token: 't',
      answers: {
        Devices: {
          body: {
            data: { devices: null },
            errors: [
              { message: 'Device d1 was not found', path: ['devices'], extensions: { code: 'NOT_FOUND' } },
              { message: 'connect ECONNREFUSED 10.0.0.5:5432\n    at TCPConnectWrap', extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['x'] } },
            ],
          },
        },
      },
    });
    const result = await client.callTool({ name: 'list_devices', arguments: {} });
    expect(result.isError).toBe(true);
    expect(result.structuredContent).toEqual({
      errors: [
        { code: 'NOT_FOUND', mcp_code: -33001, message: 'Device d1 was not found', retryable: false, path: ['devices'] },
        { code: 'INTERNAL', mcp_code: -32603, message: 'The service failed; details stay in its logs.', retryable: false },
      ],
    });
    expect(JSON.stringify(result.content)).not.toContain('10.0.0.5');
  });

  it('refuses calls over the rate limit with RATE_LIMITED and retry_after', async () => {
    const { client, router } = await connect({ bridge: { limits: { anonymous: 2 } } });
    for (let i = 0; i < 2; i++) expect((await client.callTool({ name: 'semantic_search', arguments: { query: 'a' } })).isError).toBeFalsy();
    const refused = await client.callTool({ name: 'semantic_search', arguments: { query: 'a' } });
    expect(refused.isError).toBe(true);
    const [error] = errorsOf(refused);
    expect(error).toMatchObject({ code: 'RATE_LIMITED', mcp_code: -32004, retryable: true });
    expect(error!.retry_after).toBeGreaterThan(0);
    expect(error!.retry_after).toBeLessThanOrEqual(900);
    expect(router.requests).toHaveLength(2);
  });

  it('reports a router that cannot be reached as UNAVAILABLE, retrying a query twice first', async () => {
    let attempts = 0;
    const failing = (async () => {
      attempts++;
      throw new TypeError('fetch failed');
    }) as typeof fetch;
    const { client } = await connect({ bridge: { fetch: failing } });
    const result = await client.callTool({ name: 'semantic_search', arguments: { query: 'a' } });
    expect(errorsOf(result)).toEqual([{ code: 'UNAVAILABLE', mcp_code: -32603, message: 'The service is unavailable; retry later.', retryable: true }]);
    expect(attempts).toBe(3);
  });

  it('never retries a mutation', async () => {
    let attempts = 0;
    const failing = (async () => {
      attempts++;
      throw new TypeError('fetch failed');
    }) as typeof fetch;
    const { client } = await connect({ token: 't', bridge: { fetch: failing } });
    await client.callTool({ name: 'rename_device', arguments: { id: 'd1', name: 'Den' } });
    expect(attempts).toBe(1);
  });
});

describe('createMcpBridge: reload', () => {
  it('sends notifications/tools/list_changed when the manifest file changes, and lists the new tools', async () => {
    const { client, files } = await connect({ bridge: { watch: true, reloadDebounceMs: 20 } });
    const changed = new Promise<void>((resolve) => client.setNotificationHandler(ToolListChangedNotificationSchema, () => resolve()));
    const added = operation('Trending', 'query', '# What is trending.\n# @tool trending\nquery Trending {\n  genres { genre }\n}');
    files.writeManifest(manifestOf([...Object.values(OPERATIONS), added]));
    await changed;
    expect((await client.listTools()).tools.map((tool) => tool.name)).toContain('trending');
  });

  it('keeps the current tools when the new manifest is broken, and does not notify when nothing changed', async () => {
    const { bridge, files } = await connect();
    const before = bridge.tools().map((tool) => tool.definition.name);
    files.writeManifest('{ "format": "apollo-persisted-query-manifest", ');
    expect(await bridge.reload()).toBe(false);
    expect(bridge.tools().map((tool) => tool.definition.name)).toEqual(before);
    files.writeManifest(manifestOf(Object.values(OPERATIONS)));
    expect(await bridge.reload()).toBe(false);
  });
});

describe('createMcpBridge: resources and prompts', () => {
  it('reads media://genres through the Genres operation', async () => {
    const genres = [{ genre: 'HORROR', titleCount: 3 }];
    const { client, router } = await connect({ answers: { Genres: { body: { data: { genres } } } } });
    const { resources } = await client.listResources();
    expect(resources.map((resource) => resource.uri)).toEqual(['media://genres', 'media://platforms', 'user://watchlist']);
    const read = await client.readResource({ uri: 'media://genres' });
    expect(read.contents).toEqual([{ uri: 'media://genres', mimeType: 'application/json', text: JSON.stringify(genres) }]);
    expect(router.requests[0]!.body.documentId).toBe(OPERATIONS.Genres.id);
  });

  it("reads user://watchlist as the caller's first profile's watchlist, and refuses it without a token", async () => {
    const watchlist = [{ title: { id: 't1', name: 'Alien' } }];
    const answers = {
      Viewer: { body: { data: { me: { id: 'u1', profiles: [{ id: 'p1' }, { id: 'p2' }] } } } },
      Library: { body: { data: { library: { profileId: 'p1', watchlist } } } },
    };
    const { client, router } = await connect({ token: 'tok', answers });
    const read = await client.readResource({ uri: 'user://watchlist' });
    expect(JSON.parse((read.contents[0] as { text: string }).text)).toEqual({ profileId: 'p1', watchlist });
    expect(router.requests.map((request) => request.body.variables)).toEqual([{}, { profileId: 'p1' }]);

    const { client: anonymous } = await connect({ answers });
    await expect(anonymous.readResource({ uri: 'user://watchlist/p1' })).rejects.toMatchObject({ code: -32003 });
    await expect(anonymous.readResource({ uri: 'media://nothing' })).rejects.toMatchObject({ code: -32002 });
  });

  it('lists the §11 prompts and renders one that points at the tools', async () => {
    const { client } = await connect();
    const { prompts } = await client.listPrompts();
    expect(prompts.map((prompt) => prompt.name)).toEqual(['discovery_assistant', 'find_similar', 'watchlist_suggestions', 'recommendation_guide']);
    const prompt = await client.getPrompt({ name: 'find_similar', arguments: { title: 'Alien' } });
    const text = (prompt.messages[0]!.content as { text: string }).text;
    expect(text).toContain('"Alien"');
    expect(text).toContain('semantic_search');
    expect(text).toContain('find_similar');
    await expect(client.getPrompt({ name: 'find_similar', arguments: {} })).rejects.toMatchObject({ code: -32602 });
  });
});
