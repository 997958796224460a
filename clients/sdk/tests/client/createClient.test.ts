import { describe, expect, it, vi } from 'vitest';
import { createClient, MediaGatewayError, operations, staticToken, type TokenSource } from '@media-gateway/sdk';
import { fakeFetch, json, networkDown } from '../support/fakeFetch.js';
import { failure } from '../support/failure.js';

const URL = 'http://router.test';
const { SemanticSearch, Viewer, AddToWatchlist, ApplySyncOperations } = operations;
const SEARCH_DATA = { search: { totalCount: 0, trending: false, hits: [] } };
const addVariables = { profileId: 'p', deviceId: 'd', titleId: 't', hlc: 'h' };

describe('createClient: requests by id', () => {
  it('POSTs <url>/graphql with the id as documentId and persistedQuery hash, never the body', async () => {
    const fetch = fakeFetch([json({ data: SEARCH_DATA })]);
    const client = createClient({ url: `${URL}/`, fetch, headers: { 'x-app': 'tests' } });
    const data = await client.request(SemanticSearch, { query: 'space opera', first: 3 });
    expect(data).toEqual(SEARCH_DATA);
    const [request] = fetch.requests;
    expect(request!.url).toBe(`${URL}/graphql`);
    expect(request!.method).toBe('POST');
    expect(request!.json).toEqual({
      documentId: SemanticSearch.id,
      operationName: 'SemanticSearch',
      variables: { query: 'space opera', first: 3 },
      extensions: { persistedQuery: { version: 1, sha256Hash: SemanticSearch.id } },
    });
    expect(request!.json).not.toHaveProperty('query');
    expect(request!.headers).toMatchObject({ 'content-type': 'application/json', 'x-app': 'tests' });
    expect(request!.headers).not.toHaveProperty('authorization');
  });

  it("sends the TokenSource's token as a bearer", async () => {
    const fetch = fakeFetch([json({ data: { me: null } })]);
    await createClient({ url: URL, fetch, auth: staticToken('t0k3n') }).request(Viewer);
    expect(fetch.requests[0]!.headers.authorization).toBe('Bearer t0k3n');
    expect(fetch.requests[0]!.json).not.toHaveProperty('variables');
  });

  it('refuses a bad url with a TypeError naming the option', () => {
    expect(() => createClient({ url: 'router.test' })).toThrow(new TypeError('options.url must be an absolute http(s) URL, got "router.test"'));
  });
});

describe('createClient: errors', () => {
  it.each([
    { status: 200, code: 'NOT_FOUND', expected: 'NOT_FOUND' },
    { status: 200, code: 'BAD_USER_INPUT', expected: 'BAD_USER_INPUT' },
    { status: 200, code: 'FORBIDDEN', expected: 'FORBIDDEN' },
    { status: 200, code: 'DEVICE_OFFLINE', expected: 'CONFLICT' },
    { status: 400, code: 'QUERY_TOO_DEEP', expected: 'LIMIT_EXCEEDED' },
    { status: 400, code: 'GRAPHQL_VALIDATION_FAILED', expected: 'BAD_REQUEST' },
    { status: 503, code: 'INTERNAL_SERVER_ERROR', expected: 'UNAVAILABLE' },
    { status: 500, code: 'INTERNAL_SERVER_ERROR', expected: 'INTERNAL' },
    { status: 200, code: 'SUBGRAPH_UNAVAILABLE', expected: 'UNAVAILABLE' },
    { status: 403, code: undefined, expected: 'FORBIDDEN' },
    { status: 418, code: 'SOMETHING_NEW', expected: 'INTERNAL' },
  ])('maps HTTP $status + $code to $expected, keeping the server code', async ({ status, code, expected }) => {
    const errors = [{ message: 'nope', extensions: code ? { code } : {} }];
    const client = createClient({ url: URL, fetch: fakeFetch([json({ data: null, errors }, status)]) });
    const error = await failure(client.request(SemanticSearch, { query: 'x' }));
    expect({ code: error.code, message: error.message, status: error.status, serverCode: error.serverCode }).toEqual({
      code: expected,
      message: 'nope',
      status,
      serverCode: code,
    });
    expect(error.errors).toEqual(errors);
  });

  it('reads retryAfterSeconds from Retry-After, and from extensions when there is no header', async () => {
    const limited = (headers: Record<string, string>) =>
      json({ errors: [{ message: 'Rate limit exceeded; retry in 7 s.', extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 7 } }] }, 429, headers);
    const client = createClient({ url: URL, fetch: fakeFetch([limited({ 'retry-after': '12' }), limited({})]) });
    const fromHeader = await failure(client.request(SemanticSearch, { query: 'x' }));
    expect([fromHeader.code, fromHeader.message, fromHeader.retryAfterSeconds]).toEqual(['RATE_LIMITED', 'Rate limit exceeded; retry in 7 s.', 12]);
    const fromExtensions = await failure(client.request(SemanticSearch, { query: 'x' }));
    expect([fromExtensions.code, fromExtensions.retryAfterSeconds]).toEqual(['RATE_LIMITED', 7]);
  });

  it('lists the problems of a BAD_USER_INPUT error', async () => {
    const problems = ['operations[0]: titleId must be a UUID, got "x"', 'operations[2]: hlc: bad'];
    const client = createClient({ url: URL, fetch: fakeFetch([json({ data: null, errors: [{ message: problems.join('; '), extensions: { code: 'BAD_USER_INPUT', problems } }] })]) });
    const error = await failure(client.request(ApplySyncOperations, { profileId: 'p', deviceId: 'd', operations: [] }));
    expect([error.code, error.problems]).toEqual(['BAD_USER_INPUT', problems]);
  });

  it('answers PERSISTED_QUERY_NOT_FOUND as an error and never falls back to sending the body', async () => {
    const fetch = fakeFetch([json({ errors: [{ message: 'PersistedQueryNotFound', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } }] }, 404)]);
    const client = createClient({ url: URL, fetch });
    const error = await failure(client.execute(SemanticSearch, { query: 'x' }));
    expect([error.code, error.message]).toEqual([
      'PERSISTED_QUERY_NOT_FOUND',
      `The router does not know operation SemanticSearch (${SemanticSearch.id}): the SDK and the router use different manifests.`,
    ]);
    expect(fetch.requests).toHaveLength(1);
    expect(fetch.requests[0]!.json).not.toHaveProperty('query');
  });

  it('execute returns GraphQL errors with the data instead of throwing', async () => {
    const errors = [{ message: 'Title not found', path: ['title'], extensions: { code: 'NOT_FOUND' } }];
    const client = createClient({ url: URL, fetch: fakeFetch([json({ data: { me: null }, errors })]) });
    expect(await client.execute(Viewer)).toEqual({ data: { me: null }, errors, status: 200 });
  });

  it('answers a non-GraphQL 502 (a proxy page) with UNAVAILABLE', async () => {
    const client = createClient({ url: URL, fetch: fakeFetch([new Response('<html>bad gateway</html>', { status: 502 })]) });
    const error = await failure(client.request(SemanticSearch, { query: 'x' }));
    expect([error.code, error.status, error.message]).toEqual(['UNAVAILABLE', 502, `Expected a GraphQL JSON answer from ${URL}/graphql, got HTTP 502.`]);
  });
});

describe('createClient: refresh once on UNAUTHENTICATED', () => {
  const unauthenticated = () => json({ errors: [{ message: 'Token expired', extensions: { code: 'UNAUTHENTICATED' } }] }, 401);

  function rotatingSource(): TokenSource & { refreshes: number; refresh(): Promise<string | undefined> } {
    let current = 'old';
    const source = {
      refreshes: 0,
      accessToken: async () => current,
      refresh: async () => {
        source.refreshes += 1;
        current = `new-${source.refreshes}`;
        return current;
      },
    };
    return source;
  }

  it('refreshes and retries the request once with the fresh token', async () => {
    const fetch = fakeFetch([unauthenticated(), json({ data: { me: { id: 'u1' } } })]);
    const auth = rotatingSource();
    expect(await createClient({ url: URL, fetch, auth }).request(Viewer)).toEqual({ me: { id: 'u1' } });
    expect(auth.refreshes).toBe(1);
    expect(fetch.requests.map((r) => r.headers.authorization)).toEqual(['Bearer old', 'Bearer new-1']);
  });

  it('gives up after one refresh when the fresh token is refused too', async () => {
    const fetch = fakeFetch([unauthenticated(), unauthenticated()]);
    const auth = rotatingSource();
    const error = await failure(createClient({ url: URL, fetch, auth }).request(Viewer));
    expect([error.code, error.status, error.message]).toEqual(['UNAUTHENTICATED', 401, 'Token expired']);
    expect(auth.refreshes).toBe(1);
    expect(fetch.requests).toHaveLength(2);
  });

  it('also refreshes on a 200 answer whose error code is UNAUTHENTICATED', async () => {
    const fetch = fakeFetch([json({ data: null, errors: [{ message: 'sign in', extensions: { code: 'UNAUTHENTICATED' } }] }), json({ data: { me: { id: 'u1' } } })]);
    const auth = rotatingSource();
    await createClient({ url: URL, fetch, auth }).request(Viewer);
    expect(auth.refreshes).toBe(1);
  });

  it('shares one refresh among concurrent requests that all met the expired token', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const auth = rotatingSource();
    const slowRefresh = auth.refresh;
    auth.refresh = async () => {
      await gate;
      return slowRefresh();
    };
    const fetch = fakeFetch([
      ...Array.from({ length: 3 }, () => (request: { headers: Record<string, string> }) => (request.headers.authorization === 'Bearer old' ? unauthenticated() : json({ data: { me: null } }))),
      ...Array.from({ length: 3 }, () => json({ data: { me: { id: 'u1' } } })),
    ]);
    const client = createClient({ url: URL, fetch, auth });
    const results = Promise.all([client.request(Viewer), client.request(Viewer), client.request(Viewer)]);
    await vi.waitFor(() => expect(fetch.requests).toHaveLength(3));
    release();
    expect(await results).toEqual([{ me: { id: 'u1' } }, { me: { id: 'u1' } }, { me: { id: 'u1' } }]);
    expect(auth.refreshes).toBe(1);
    expect(fetch.requests.slice(3).map((r) => r.headers.authorization)).toEqual(['Bearer new-1', 'Bearer new-1', 'Bearer new-1']);
  });

  it('returns the original error when refresh yields no token', async () => {
    const fetch = fakeFetch([unauthenticated()]);
    const error = await failure(createClient({ url: URL, fetch, auth: { accessToken: async () => 'old', refresh: async () => undefined } }).request(Viewer));
    expect([error.code, fetch.requests.length]).toEqual(['UNAUTHENTICATED', 1]);
  });

  it('reports a refused refresh as the UNAUTHENTICATED answer, with the refusal as its cause', async () => {
    const refusal = new MediaGatewayError('INVALID_GRANT', 'grant request is invalid');
    const fetch = fakeFetch([unauthenticated()]);
    const error = await failure(
      createClient({ url: URL, fetch, auth: { accessToken: async () => 'old', refresh: async () => Promise.reject(refusal) } }).request(Viewer),
    );
    expect([error.code, error.cause]).toEqual(['UNAUTHENTICATED', refusal]);
  });
});

describe('createClient: network retries', () => {
  const retry = { attempts: 2, baseDelayMs: 0 };

  it('resends a query after network errors, with backoff, up to retry.attempts', async () => {
    const fetch = fakeFetch([networkDown(), networkDown(), json({ data: SEARCH_DATA })]);
    expect(await createClient({ url: URL, fetch, retry }).request(SemanticSearch, { query: 'x' })).toEqual(SEARCH_DATA);
    expect(fetch.requests).toHaveLength(3);
  });

  it('answers NETWORK once the attempts are spent', async () => {
    const fetch = fakeFetch([networkDown(), networkDown(), networkDown()]);
    const error = await failure(createClient({ url: URL, fetch, retry }).request(SemanticSearch, { query: 'x' }));
    expect([error.code, error.message, fetch.requests.length]).toEqual(['NETWORK', `No answer from ${URL}/graphql: fetch failed`, 3]);
  });

  it('never resends a mutation, which may have been applied', async () => {
    const fetch = fakeFetch([networkDown(), json({ data: {} })]);
    const error = await failure(createClient({ url: URL, fetch, retry }).request(AddToWatchlist, addVariables));
    expect([error.code, fetch.requests.length]).toEqual(['NETWORK', 1]);
  });

  it('resends a mutation the caller marks idempotent', async () => {
    const applied = { applySyncOperations: { applied: 1, duplicates: 0, ignored: 0, cursor: 'c' } };
    const fetch = fakeFetch([networkDown(), json({ data: applied })]);
    const client = createClient({ url: URL, fetch, retry });
    expect(await client.request(ApplySyncOperations, { profileId: 'p', deviceId: 'd', operations: [] }, { idempotent: true })).toEqual(applied);
    expect(fetch.requests).toHaveLength(2);
  });

  it('stops at once with ABORTED when the signal fires, without retrying', async () => {
    const controller = new AbortController();
    const fetch = fakeFetch([
      () => {
        controller.abort();
        return networkDown();
      },
    ]);
    const error = await failure(createClient({ url: URL, fetch, retry }).request(SemanticSearch, { query: 'x' }, { signal: controller.signal }));
    expect([error.code, fetch.requests.length]).toEqual(['ABORTED', 1]);
  });
});
