import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport, getDefaultEnvironment } from '@modelcontextprotocol/sdk/client/stdio.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { CallToolResult, Tool } from '@modelcontextprotocol/sdk/types.js';
import { createLogger } from '@media-gateway/runtime';
import { startHttpBridge, type RunningHttpBridge } from '@media-gateway/mcp';
import { startTestProduct, type TestProduct } from '../../support/startTestProduct.js';
import { PRODUCT_ENV, discoveryClient, type User } from '../discovery/discoveryClient.js';

// The MCP bridge against the whole product: the SDK's own client over both transports (the stdio bin as an agent
// host would spawn it, and Streamable HTTP), tools generated from the trusted operations and run by id at the router,
// sign-in forwarded as the caller's bearer token, and the MCP Inspector's CLI as a second, independent client.
const BIN = fileURLToPath(new URL('../../../clients/mcp/bin/media-gateway-mcp.mjs', import.meta.url));
// `mcp-inspector --cli`, the command `npx @modelcontextprotocol/inspector --cli` runs.
const INSPECTOR = fileURLToPath(new URL('cli/build/cli.js', pathToFileURL(createRequire(import.meta.url).resolve('@modelcontextprotocol/inspector/package.json'))));
const run = promisify(execFile);

let product: TestProduct;
let http: RunningHttpBridge;
let token: string;
const user: User = { email: `mcp-${randomUUID().slice(0, 8)}@example.test`, password: 'Mcp-Password-1' };
const clients: Client[] = [];

beforeAll(async () => {
  product = await startTestProduct({ ...PRODUCT_ENV });
  const discovery = await discoveryClient(product);
  await discovery.register(user);
  token = await discovery.signIn(user, 'openid read:content read:devices read:preferences');
  http = await startHttpBridge({ routerUrl: product.url, port: 0, watch: false, logger: createLogger({ name: 'mcp-e2e', level: 'silent' }) });
});

afterAll(async () => {
  await Promise.all(clients.map((client) => client.close().catch(() => undefined)));
  await http?.close();
  await product?.close();
});

async function stdioClient(env: Record<string, string> = {}): Promise<Client> {
  const transport = new StdioClientTransport({
    command: process.execPath,
    args: [BIN],
    env: { ...getDefaultEnvironment(), MCP_ROUTER_URL: product.url, LOG_LEVEL: 'error', ...env },
    stderr: 'inherit',
  });
  const client = new Client({ name: 'mcp-e2e-stdio', version: '1.0.0' });
  await client.connect(transport);
  clients.push(client);
  return client;
}

async function httpClient(bearer?: string): Promise<Client> {
  const transport = new StreamableHTTPClientTransport(new URL(http.url), bearer ? { requestInit: { headers: { authorization: `Bearer ${bearer}` } } } : {});
  const client = new Client({ name: 'mcp-e2e-http', version: '1.0.0' });
  await client.connect(transport);
  clients.push(client);
  return client;
}

type SearchData = { search: { totalCount: number; hits: Array<{ score: number; title: { id: string; name: string; genres: string[] } }> } };
const errorsOf = (result: CallToolResult) => (result.structuredContent as { errors: Array<{ code: string; mcp_code?: number }> }).errors;

function expectGeneratedSchemas(tools: Tool[]) {
  const search = tools.find((tool) => tool.name === 'semantic_search')!;
  expect(search.annotations).toMatchObject({ readOnlyHint: true });
  expect(search.inputSchema.required).toEqual(['query']);
  expect(search.inputSchema.properties!.query).toEqual({ type: 'string' });
  const filters = search.inputSchema.properties!.filters as { properties: { genres: { items: { enum: string[] } } } };
  expect(filters.properties.genres.items.enum).toContain('HORROR');
  const devices = tools.find((tool) => tool.name === 'list_devices')!;
  expect(devices.description).toContain('Requires sign-in');
  // Mutations are tools only when tagged: update_preferences is, registerDevice is not.
  expect(tools.find((tool) => tool.name === 'update_preferences')?.annotations).toMatchObject({ readOnlyHint: false, destructiveHint: false });
  expect(tools.map((tool) => tool.name)).not.toContain('register_device');
}

/** One client per kind, made on first use and shared by the tests (each stdio client is a process). */
function once(connect: () => Promise<Client>): () => Promise<Client> {
  let client: Promise<Client> | undefined;
  return () => (client ??= connect());
}

describe.each([
  ['stdio', once(() => stdioClient()), once(() => stdioClient({ MEDIA_GATEWAY_TOKEN: token }))],
  ['Streamable HTTP', once(() => httpClient()), once(() => httpClient(token))],
] as const)('the MCP bridge over %s', (_transport, anonymous, signedIn) => {
  it('lists the trusted operations as tools with schemas generated from the supergraph', async () => {
    const client = await anonymous();
    const { tools } = await client.listTools();
    expect(tools.length).toBeGreaterThanOrEqual(20);
    expectGeneratedSchemas(tools);
  });

  it('runs semantic_search through the router and returns structured hits', async () => {
    const client = await anonymous();
    const result = (await client.callTool({ name: 'semantic_search', arguments: { query: 'haunted house horror', first: 5, filters: { genres: ['HORROR'] } } })) as CallToolResult;
    expect(result.isError).toBeFalsy();
    const data = result.structuredContent as SearchData;
    expect(data.search.hits.length).toBeGreaterThan(0);
    expect(data.search.hits.length).toBeLessThanOrEqual(5);
    for (const hit of data.search.hits) {
      expect(hit.title.name).toEqual(expect.any(String));
      expect(hit.title.genres).toContain('HORROR');
    }
    expect(JSON.parse((result.content[0] as { text: string }).text)).toEqual(data);
  });

  it('refuses a tool that needs sign-in to an anonymous caller', async () => {
    const client = await anonymous();
    const result = (await client.callTool({ name: 'list_devices', arguments: {} })) as CallToolResult;
    expect(result.isError).toBe(true);
    expect(errorsOf(result)).toEqual([expect.objectContaining({ code: 'UNAUTHENTICATED', mcp_code: -32003 })]);
  });

  it("runs signed-in tools as the token's user", async () => {
    const client = await signedIn();
    const devices = (await client.callTool({ name: 'list_devices', arguments: {} })) as CallToolResult;
    expect(devices.isError).toBeFalsy();
    expect(devices.structuredContent).toEqual({ devices: [] });
    const whoami = (await client.callTool({ name: 'whoami', arguments: {} })) as CallToolResult;
    expect((whoami.structuredContent as { me: { email: string } }).me.email).toBe(user.email);
  });

  it('answers an unknown title with null and a malformed id with a structured INVALID_ARGUMENTS error', async () => {
    const client = await anonymous();
    const unknown = (await client.callTool({ name: 'check_availability', arguments: { id: randomUUID() } })) as CallToolResult;
    expect(unknown.isError).toBeFalsy();
    expect(unknown.structuredContent).toEqual({ title: null });
    const malformed = (await client.callTool({ name: 'check_availability', arguments: { id: 'not-an-id' } })) as CallToolResult;
    expect(malformed.isError).toBe(true);
    expect(errorsOf(malformed)).toEqual([expect.objectContaining({ code: 'INVALID_ARGUMENTS', mcp_code: -32602, retryable: false })]);
  });

  it('reads the genres resource through its persisted operation', async () => {
    const client = await anonymous();
    const read = await client.readResource({ uri: 'media://genres' });
    const genres = JSON.parse((read.contents[0] as { text: string }).text) as Array<{ genre: string; titleCount: number }>;
    expect(genres.find((entry) => entry.genre === 'HORROR')?.titleCount).toBeGreaterThan(0);
  });
});

describe('the MCP Inspector CLI against the stdio bin', () => {
  const inspect = async (...args: string[]) => {
    const { stdout } = await run(process.execPath, [INSPECTOR, '--cli', '-e', `MCP_ROUTER_URL=${product.url}`, '-e', 'LOG_LEVEL=error', process.execPath, BIN, ...args], {
      env: { ...process.env, MCP_ROUTER_URL: product.url, LOG_LEVEL: 'error' },
      timeout: 60_000,
    });
    return JSON.parse(stdout) as Record<string, unknown>;
  };

  it('lists the tools', async () => {
    const { tools } = (await inspect('--method', 'tools/list')) as { tools: Tool[] };
    expect(tools.map((tool) => tool.name)).toEqual(expect.arrayContaining(['semantic_search', 'get_genres', 'get_content_details', 'list_devices', 'initiate_playback']));
    expectGeneratedSchemas(tools);
  });

  it('calls get_genres', async () => {
    const result = (await inspect('--method', 'tools/call', '--tool-name', 'get_genres')) as CallToolResult;
    expect(result.isError).toBeFalsy();
    const { genres } = result.structuredContent as { genres: Array<{ genre: string; titleCount: number }> };
    expect(genres.map((entry) => entry.genre)).toEqual(expect.arrayContaining(['HORROR', 'COMEDY', 'DRAMA']));
  });
});
