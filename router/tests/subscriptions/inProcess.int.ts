import { afterEach, describe, expect, it, vi } from 'vitest';
import { accessToken, startFixture, testClient, type Fixture, type TestClient } from './harness.js';

let fixture: Fixture | undefined;
const clients: TestClient[] = [];
afterEach(async () => {
  for (const client of clients.splice(0)) await client.dispose();
  await fixture?.close();
  fixture = undefined;
});

function connect(params?: Record<string, unknown>): TestClient {
  const client = testClient(fixture!.url, params);
  clients.push(client);
  return client;
}

const TICKS = /* GraphQL */ `
  subscription Ticks($count: Int!) {
    ticks(count: $count) {
      n
      userId
      item {
        id
        name
        viewer
      }
    }
  }
`;

describe('subscriptions through the router (in-process subgraphs)', () => {
  it('delivers each event with the fields another subgraph owns, for the caller', async () => {
    fixture = await startFixture('in-process');
    const client = connect({ authorization: `Bearer ${await accessToken({ sub: 'user-7' })}` });
    const outcome = await client.run(TICKS, { count: 3 });
    expect(outcome.end).toEqual({ kind: 'complete' });
    expect(outcome.results).toEqual(
      [1, 2, 3].map((n) => ({ data: { ticks: { n, userId: 'user-7', item: { id: `item-${n}`, name: `Name of item-${n}`, viewer: 'user-7' } } } })),
    );
  });

  it('refuses an @authenticated subscription to an anonymous connection, and a bad credential at connection_init', async () => {
    fixture = await startFixture('in-process');
    const anonymous = connect();
    const refused = await anonymous.run(TICKS, { count: 1 });
    expect(refused.results).toEqual([]);
    expect(refused.end).toEqual({
      kind: 'error',
      error: [{ message: 'Sign in to read Subscription.ticks.', extensions: { code: 'UNAUTHENTICATED', fields: ['Subscription.ticks'] } }],
    });

    const forged = connect({ authorization: 'Bearer not-a-token' });
    void forged.run(TICKS, { count: 1 });
    expect(await forged.closed).toMatchObject({ code: 4401 });
    const badKey = connect({ 'x-api-key': 'mg_live_WrongWrongWrongWrongWrongWrong0000' });
    void badKey.run(TICKS, { count: 1 });
    expect(await badKey.closed).toEqual({ code: 4401, reason: 'The API key is not valid (unknown, revoked or expired).' });
  });

  it('answers public subscriptions and queries over the same socket without a credential', async () => {
    fixture = await startFixture('in-process');
    const client = connect();
    const ticks = await client.run('subscription { publicTicks(count: 2) { n item { name } } }');
    expect(ticks.results).toEqual([1, 2].map((n) => ({ data: { publicTicks: { n, item: { name: `Name of item-${n}` } } } })));
    const query = await client.run('{ item(id: "x") { name } }');
    expect(query).toEqual({ results: [{ data: { item: { name: 'Name of x' } } }], end: { kind: 'complete' } });
  });

  it('applies validation, the query limits and variable checks with the HTTP codes', async () => {
    fixture = await startFixture('in-process', { limits: { maxAliases: 1 } });
    const client = connect({ authorization: `Bearer ${await accessToken()}` });
    const codes = async (query: string, variables?: Record<string, unknown>) => {
      const { end } = await client.run(query, variables);
      return end.kind === 'error' ? (end.error as Array<{ extensions: { code: string } }>).map((e) => e.extensions.code) : [];
    };
    expect(await codes('subscription { ticks(count: 1) { nope } }')).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(await codes('subscription { a: publicTicks(count: 1) { b: n c: n } }')).toEqual(['TOO_MANY_ALIASES']);
    expect(await codes(TICKS, { count: 'three' })).toEqual(['BAD_USER_INPUT']);
    expect(await codes('subscription {')).toEqual(['GRAPHQL_PARSE_FAILED']);
  });

  it('forwards an event whose payload carries errors, and keeps the stream going', async () => {
    fixture = await startFixture('in-process');
    const client = connect();
    const outcome = await client.run('subscription { failing { n } }');
    expect(outcome.end).toEqual({ kind: 'complete' });
    expect(outcome.results).toEqual([
      { data: { failing: null }, errors: [expect.objectContaining({ message: 'The tick broke.', path: ['failing'], extensions: { code: 'TICK_BROKEN', serviceName: 'ticks' } })] },
    ]);
  });

  it('counts subscribe messages against the rate limit', async () => {
    const consume = vi.fn(async () => ({ allowed: false, limit: 1, remaining: 0, resetSeconds: 60, retryAfterSeconds: 42 }));
    fixture = await startFixture('in-process', { rateLimiter: { consume } as never });
    const client = connect({ authorization: `Bearer ${await accessToken({ sub: 'user-3' })}` });
    const { end } = await client.run(TICKS, { count: 1 });
    expect(end).toEqual({ kind: 'error', error: [{ message: 'Rate limit exceeded; retry in 42 s.', extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 42 } }] });
    expect(consume).toHaveBeenCalledWith('user:user-3', { tier: 'premium' });
  });

  it('stops the subgraph stream when the client unsubscribes, even while it waits for an event', async () => {
    fixture = await startFixture('in-process');
    const { ticks, router } = fixture;
    const client = connect();
    let stop!: () => void;
    const first = new Promise<void>((resolve) => {
      void client.run('subscription { live { n item { name } } }', undefined, (_result, unsubscribe) => {
        stop = unsubscribe;
        resolve();
      });
    });
    await vi.waitFor(() => expect(ticks.live.open()).toBe(1));
    ticks.live.emit(1);
    await first;
    expect(router.subscriptions.stats()).toMatchObject({ connections: 1, subscriptions: 1 });
    stop();
    await vi.waitFor(() => expect(ticks.live.open()).toBe(0));
    await vi.waitFor(() => expect(router.subscriptions.stats().subscriptions).toBe(0));
  });

  it('closes the socket with 4401 "token expired" when the access token expires mid-stream', async () => {
    fixture = await startFixture('in-process');
    const client = connect({ authorization: `Bearer ${await accessToken({ expiresIn: Math.floor(Date.now() / 1000) + 2 })}` });
    const outcome = client.run('subscription { live { n } }');
    await vi.waitFor(() => expect(fixture!.ticks.live.open()).toBe(1));
    expect(await client.closed).toEqual({ code: 4401, reason: 'token expired' });
    expect((await outcome).end.kind).toBe('error');
    await vi.waitFor(() => expect(fixture!.ticks.live.open()).toBe(0));
  });

  it('closes the socket with 4401 "token revoked" at the next re-check after revocation', async () => {
    fixture = await startFixture('in-process', { subscriptions: { recheckIntervalMs: 100 } });
    const client = connect({ authorization: `Bearer ${await accessToken({ jti: 'jti-revoke-me' })}` });
    void client.run('subscription { live { n } }');
    await vi.waitFor(() => expect(fixture!.ticks.live.open()).toBe(1));
    await fixture.revocations.revokeToken('jti-revoke-me', new Date(Date.now() + 3_600_000));
    expect(await client.closed).toEqual({ code: 4401, reason: 'token revoked' });
    await vi.waitFor(() => expect(fixture!.ticks.live.open()).toBe(0));
  });

  it('closes a client that stops reading with 4413 "slow consumer" and stops its streams', async () => {
    fixture = await startFixture('in-process', { subscriptions: { maxQueuedEvents: 20 } });
    // Control: a client that reads keeps up with the same stream under the same bound.
    const reader = await connect().run('subscription { publicTicks(count: 300, padding: 65536) { n padding } }');
    expect(reader.end).toEqual({ kind: 'complete' });
    expect(reader.results).toHaveLength(300);

    const client = connect();
    const socket = await client.socket;
    const received: unknown[] = [];
    void client.run('subscription { publicTicks(count: 100000, padding: 65536) { n padding } }', undefined, (result) => {
      received.push(result);
      // Stop reading: the kernel buffers fill, then the router's queue for this connection.
      if (received.length === 1) (socket as unknown as { _socket: { pause(): void } })._socket.pause();
    });
    const closes = () => fixture!.router.app.inject({ method: 'GET', url: '/metrics' }).then((r) => r.body);
    await vi.waitFor(async () => expect(await closes()).toMatch(/graphql_ws_closes_total\{reason="slow_consumer"\} 1/), { timeout: 30_000, interval: 100 });
    expect(fixture.router.subscriptions.stats().subscriptions).toBe(0);
    (socket as unknown as { _socket: { resume(): void } })._socket.resume();
    expect(await client.closed).toEqual({ code: 4413, reason: 'slow consumer' });
  });

  it('shows connections and subscriptions in /health', async () => {
    fixture = await startFixture('in-process');
    const client = connect();
    void client.run('subscription { live { n } }');
    await vi.waitFor(() => expect(fixture!.ticks.live.open()).toBe(1));
    const health = await fixture.router.app.inject({ method: 'GET', url: '/health' });
    expect(health.json().subscriptions).toEqual({ connections: 1, subscriptions: 1, upstreamSockets: {}, cachedPlans: 1 });
  });
});
