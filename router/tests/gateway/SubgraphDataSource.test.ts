import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '@media-gateway/runtime';
import { SubgraphDataSource } from '../../src/gateway/SubgraphDataSource.js';

const logger = createLogger({ name: 'test', level: 'silent' });
let server: Server;
let base: string;

beforeAll(async () => {
  // /hang never answers; /broken answers 503; /ok answers a GraphQL result.
  server = createServer((request, response) => {
    if (request.url === '/broken') return void response.writeHead(503).end('down');
    if (request.url === '/ok') return void response.writeHead(200, { 'content-type': 'application/json' }).end('{"data":{"x":1}}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

const fetchThrough = (path: string) =>
  new SubgraphDataSource({ name: 'catalog', url: `${base}${path}`, timeoutMs: 200, logger }).process({
    kind: 'health check' as never,
    request: { query: '{ x }' },
    context: {},
  } as never);

describe('SubgraphDataSource', () => {
  it('returns the subgraph result', async () => {
    expect((await fetchThrough('/ok')).data).toEqual({ x: 1 });
  });

  it.each([
    ['/hang', 'SUBGRAPH_TIMEOUT', 'The catalog service did not answer in time.'],
    ['/broken', 'SUBGRAPH_ERROR', 'The catalog service failed (HTTP 503).'],
  ])('turns %s into %s without the address', async (path, code, message) => {
    const error = await fetchThrough(path).then(
      () => null,
      (e: unknown) => e as { message: string; extensions: Record<string, unknown> },
    );
    expect(error).toMatchObject({ message, extensions: { code, serviceName: 'catalog' } });
    expect(JSON.stringify(error)).not.toContain(base);
  });
});
