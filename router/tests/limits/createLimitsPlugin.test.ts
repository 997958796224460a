import { ApolloServer } from '@apollo/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLimitsPlugin } from '../../src/limits/createLimitsPlugin.js';
import { DEFAULT_LIMITS } from '../../src/limits/QueryLimits.js';
import { aliasFlood, catalogTypeDefs, similarBomb } from './catalogSchema.js';

const sampleTitle = { id: '1', title: 'Heat', releaseYear: 1995, genres: ['ACTION'], availability: [], credits: [], similar: [] };

function startServer(onReject?: Parameters<typeof createLimitsPlugin>[1]) {
  const title = vi.fn(() => sampleTitle);
  const titles = vi.fn(() => ({ edges: [], nodes: [], pageInfo: { hasNextPage: false }, totalCount: 0 }));
  const server = new ApolloServer({
    typeDefs: catalogTypeDefs,
    resolvers: { Query: { title, titles, search: () => [] } },
    plugins: [createLimitsPlugin(DEFAULT_LIMITS, onReject)],
  });
  servers.push(server);
  return { server, title, titles };
}

const servers: ApolloServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.stop()));
});

function singleResult(response: Awaited<ReturnType<ApolloServer['executeOperation']>>) {
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  return response.body.singleResult;
}

describe('createLimitsPlugin with Apollo Server', () => {
  it('answers a depth bomb with QUERY_TOO_DEEP and status 400 without running a resolver', async () => {
    const { server, title } = startServer();
    const response = await server.executeOperation({ query: similarBomb(10) });
    const result = singleResult(response);
    expect(response.http.status).toBe(400);
    expect(result.data).toBeUndefined();
    expect(result.errors).toEqual([
      {
        message: 'Query depth 12 exceeds the maximum of 7.',
        // Apollo moves extensions.http into the response head and drops it from the body.
        extensions: { code: 'QUERY_TOO_DEEP', limit: 7, actual: 12 },
      },
    ]);
    expect(title).not.toHaveBeenCalled();
  });

  it('answers an alias flood with TOO_MANY_ALIASES', async () => {
    const { server, title } = startServer();
    const response = await server.executeOperation({ query: aliasFlood(50) });
    expect(response.http.status).toBe(400);
    expect(singleResult(response).errors?.[0]).toMatchObject({
      message: 'Query uses 50 aliases; the maximum is 15.',
      extensions: { code: 'TOO_MANY_ALIASES', limit: 15, actual: 50 },
    });
    expect(title).not.toHaveBeenCalled();
  });

  it('answers a page too wide (first from a variable) with QUERY_TOO_COMPLEX', async () => {
    const { server, titles } = startServer();
    const response = await server.executeOperation({
      query: /* GraphQL */ `query Page($n: Int) { titles(first: $n) { edges { node { id title genres } } } }`,
      variables: { n: 100 },
    });
    expect(response.http.status).toBe(400);
    // node 14, edges 16 × 100 = 1600, titles 1602
    expect(singleResult(response).errors?.[0]).toMatchObject({
      message: 'Query cost 1602 exceeds the maximum of 1000.',
      extensions: { code: 'QUERY_TOO_COMPLEX', limit: 1000, actual: 1602 },
    });
    expect(titles).not.toHaveBeenCalled();
  });

  it('runs an operation within the limits', async () => {
    const { server, title } = startServer();
    const response = await server.executeOperation({ query: /* GraphQL */ `{ title(id: "1") { id title genres } }` });
    expect(response.http.status).toBeUndefined();
    expect(singleResult(response)).toEqual({ data: { title: { id: '1', title: 'Heat', genres: ['ACTION'] } } });
    expect(title).toHaveBeenCalledOnce();
  });

  it('measures only the operation named in the request', async () => {
    const { server } = startServer();
    const response = await server.executeOperation({
      query: `query Small { title(id: "1") { id } } query Deep ${similarBomb(10)}`,
      operationName: 'Small',
    });
    expect(singleResult(response)).toEqual({ data: { title: { id: '1' } } });
  });

  it('tells onReject the code and the measurements, and ignores its failures', async () => {
    const onReject = vi.fn(() => {
      throw new Error('metrics down');
    });
    const { server } = startServer({ onReject });
    const response = await server.executeOperation({ query: aliasFlood(16) });
    expect(singleResult(response).errors?.[0]?.extensions?.['code']).toBe('TOO_MANY_ALIASES');
    expect(onReject).toHaveBeenCalledWith('TOO_MANY_ALIASES', { depth: 2, cost: 48, aliases: 16 });
  });

  it('rejects a bad limit when created', () => {
    expect(() => createLimitsPlugin({ ...DEFAULT_LIMITS, maxAliases: -5 })).toThrow(TypeError);
  });
});
