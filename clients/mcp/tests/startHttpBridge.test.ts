import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { SignJWT, exportJWK, generateKeyPair } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { ToolListChangedNotificationSchema } from '@modelcontextprotocol/sdk/types.js';
import { createLogger } from '@media-gateway/runtime';
import { API_AUDIENCE } from '@media-gateway/auth';
import { startHttpBridge, type RunningHttpBridge } from '@media-gateway/mcp';
import { OPERATIONS, fakeRouter, manifestOf, operation, tinyGraphFiles } from './support/tinyGraph.js';

// An issuer of our own: a JWKS endpoint and tokens signed with its key, as the identity service would.
const { publicKey, privateKey } = await generateKeyPair('RS256');
const jwk = { ...(await exportJWK(publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
let issuerServer: Server;
let issuer: string;

const files = tinyGraphFiles();
const router = fakeRouter({ SemanticSearch: { body: { data: { search: [] } } }, Devices: { body: { data: { devices: [{ id: 'd1', name: 'TV' }] } } } });
let bridge: RunningHttpBridge;
const logger = createLogger({ name: 'mcp-test', level: 'silent' });

async function tokenFor(subject: string, options: { issuer?: string; audience?: string } = {}): Promise<string> {
  return new SignJWT({ scope: 'openid read:devices', client_id: 'mcp' })
    .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
    .setIssuer(options.issuer ?? issuer)
    .setAudience(options.audience ?? API_AUDIENCE)
    .setSubject(subject)
    .setJti(randomUUID())
    .setIssuedAt()
    .setExpirationTime('10m')
    .sign(privateKey);
}

beforeAll(async () => {
  issuerServer = createServer((req, res) => {
    if (req.url === '/oidc/jwks') return void res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: [jwk] }));
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => issuerServer.listen(0, '127.0.0.1', resolve));
  issuer = `http://127.0.0.1:${(issuerServer.address() as AddressInfo).port}/oidc`;
  bridge = await startHttpBridge({
    routerUrl: 'http://router.test',
    issuer,
    manifestPath: files.manifestPath,
    supergraphSdlPath: files.supergraphSdlPath,
    reloadDebounceMs: 20,
    logger,
    fetch: router.fetch,
    port: 0,
    allowedOrigins: ['https://app.example.test'],
  });
});

afterAll(async () => {
  await bridge?.close();
  await new Promise((resolve) => issuerServer?.close(resolve));
  files.dispose();
});

async function connect(token?: string): Promise<Client> {
  const transport = new StreamableHTTPClientTransport(new URL(bridge.url), token ? { requestInit: { headers: { authorization: `Bearer ${token}` } } } : {});
  const client = new Client({ name: 'http-test', version: '1.0.0' });
  await client.connect(transport);
  return client;
}

/** A raw request, for headers `fetch` will not let us set (Host). */
function raw(method: string, path: string, headers: Record<string, string>, body?: string): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  const url = new URL(path, bridge.url);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: url.hostname, port: url.port, path: url.pathname, method, headers }, (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

const INITIALIZE = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'raw', version: '1' } } });
const MCP_HEADERS = { 'content-type': 'application/json', accept: 'application/json, text/event-stream' };

describe('startHttpBridge', () => {
  it('publishes RFC 9728 protected resource metadata naming the issuer', async () => {
    const expected = { resource: bridge.url, authorization_servers: [issuer], bearer_methods_supported: ['header'] };
    for (const path of ['/.well-known/oauth-protected-resource/mcp', '/.well-known/oauth-protected-resource']) {
      const response = await fetch(new URL(path, bridge.url));
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ ...expected, scopes_supported: expect.arrayContaining(['read:content', 'read:devices']) });
    }
  });

  it('serves anonymous callers the public tools and refuses the signed-in ones', async () => {
    const client = await connect();
    const { tools } = await client.listTools();
    expect(tools.find((tool) => tool.name === 'semantic_search')?.inputSchema.required).toEqual(['query']);
    expect((await client.callTool({ name: 'semantic_search', arguments: { query: 'x' } })).structuredContent).toEqual({ search: [] });
    const refused = await client.callTool({ name: 'list_devices', arguments: {} });
    expect(refused.isError).toBe(true);
    expect(refused.structuredContent).toMatchObject({ errors: [{ code: 'UNAUTHENTICATED', mcp_code: -32003 }] });
    await client.close();
  });

  it("verifies a presented token against the issuer's JWKS and forwards it to the router", async () => {
    const token = await tokenFor('user-1');
    const client = await connect(token);
    const before = router.requests.length;
    const result = await client.callTool({ name: 'list_devices', arguments: {} });
    expect(result.structuredContent).toEqual({ devices: [{ id: 'd1', name: 'TV' }] });
    expect(router.requests.slice(before).map((request) => request.headers.authorization)).toEqual([`Bearer ${token}`]);
    await client.close();
  });

  it('answers an invalid token with 401 and a WWW-Authenticate challenge pointing at the metadata', async () => {
    const forged = await tokenFor('user-1', { issuer: 'https://evil.example.test/oidc' });
    for (const token of [forged, 'not-a-jwt', await tokenFor('user-1', { audience: 'https://other.example.test' })]) {
      const response = await raw('POST', '/mcp', { ...MCP_HEADERS, authorization: `Bearer ${token}` }, INITIALIZE);
      expect(response.status).toBe(401);
      expect(response.headers['www-authenticate']).toBe(
        `Bearer error="invalid_token", error_description="The access token is not valid.", resource_metadata="${new URL('/.well-known/oauth-protected-resource/mcp', bridge.url)}"`,
      );
    }
  });

  it("keeps a signed-in user's session to that user", async () => {
    const initialized = await raw('POST', '/mcp', { ...MCP_HEADERS, authorization: `Bearer ${await tokenFor('user-1')}` }, INITIALIZE);
    expect(initialized.status).toBe(200);
    const sessionId = initialized.headers['mcp-session-id'] as string;
    const list = JSON.stringify({ jsonrpc: '2.0', id: 2, method: 'tools/list' });
    const other = await raw('POST', '/mcp', { ...MCP_HEADERS, 'mcp-session-id': sessionId, authorization: `Bearer ${await tokenFor('user-2')}` }, list);
    expect(other.status).toBe(403);
    const anonymous = await raw('POST', '/mcp', { ...MCP_HEADERS, 'mcp-session-id': sessionId }, list);
    expect(anonymous.status).toBe(403);
    const unknown = await raw('POST', '/mcp', { ...MCP_HEADERS, 'mcp-session-id': randomUUID() }, list);
    expect(unknown.status).toBe(404);
  });

  it('refuses foreign Host and Origin headers (DNS rebinding) and bodies over 1 MB', async () => {
    const port = new URL(bridge.url).port;
    expect((await raw('POST', '/mcp', { ...MCP_HEADERS, host: `evil.example.test:${port}` }, INITIALIZE)).status).toBe(403);
    expect((await raw('POST', '/mcp', { ...MCP_HEADERS, origin: 'https://evil.example.test' }, INITIALIZE)).status).toBe(403);
    expect((await raw('POST', '/mcp', { ...MCP_HEADERS, origin: 'https://app.example.test' }, INITIALIZE)).status).toBe(200);
    const big = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { padding: 'x'.repeat(1_100_000) } });
    const tooBig = await raw('POST', '/mcp', MCP_HEADERS, big);
    expect(tooBig.status).toBe(413);
    expect(JSON.parse(tooBig.body)).toMatchObject({ jsonrpc: '2.0', error: { code: -32600 } });
  });

  it('pushes notifications/tools/list_changed to a connected client when the manifest changes', async () => {
    const client = await connect();
    const changed = new Promise<void>((resolve) => client.setNotificationHandler(ToolListChangedNotificationSchema, () => resolve()));
    // The notification goes out on the session's GET stream; list once so it is open before the change.
    await client.listTools();
    files.writeManifest(manifestOf([...Object.values(OPERATIONS), operation('Popular', 'query', '# Popular titles.\n# @tool popular\nquery Popular {\n  genres { genre }\n}')]));
    await changed;
    expect((await client.listTools()).tools.map((tool) => tool.name)).toContain('popular');
    await client.close();
  });
});
