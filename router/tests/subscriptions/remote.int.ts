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

describe('subscriptions through the router (standalone subgraphs over HTTP and graphql-ws)', () => {
  it('delivers each event with the fields another subgraph owns, each caller’s identity on both hops', async () => {
    fixture = await startFixture('http');
    // Two callers at once: their streams share one socket to the subgraph, their identities must not mix.
    const outcomes = await Promise.all(
      ['user-9', 'user-10'].map(async (sub) => connect({ authorization: `Bearer ${await accessToken({ sub })}` }).run('subscription { ticks(count: 2) { n userId item { name viewer } } }')),
    );
    expect(outcomes).toEqual(
      ['user-9', 'user-10'].map((user) => ({
        results: [1, 2].map((n) => ({ data: { ticks: { n, userId: user, item: { name: `Name of item-${n}`, viewer: user } } } })),
        end: { kind: 'complete' },
      })),
    );
  });

  it('serves graphql-ws on a standalone subgraph, where the identity comes only with each subscribe message', async () => {
    fixture = await startFixture('http');
    // Straight to the subgraph, with a token in the connection params it must ignore: no assertion, no identity.
    const direct = testClient(fixture.servers.ticks!.url, { authorization: `Bearer ${await accessToken()}` });
    clients.push(direct);
    const outcome = await direct.run('subscription { ticks(count: 1) { n } }');
    expect(outcome).toEqual({
      results: [{ errors: [expect.objectContaining({ message: 'Sign in.', extensions: { code: 'UNAUTHENTICATED' } })] }],
      end: { kind: 'complete' },
    });
  });

  it('shares one subgraph socket among subscriptions and closes it when the last one ends', async () => {
    fixture = await startFixture('http');
    const { ticks, router, servers } = fixture;
    const stops: Array<() => void> = [];
    const firstEvents: Array<Promise<void>> = [];
    for (const client of [connect(), connect()]) {
      firstEvents.push(
        new Promise<void>((resolve) => {
          void client.run('subscription { live { n item { name } } }', undefined, (result, stop) => {
            expect(result).toEqual({ data: { live: { n: 1, item: { name: 'Name of item-1' } } } });
            stops.push(stop);
            resolve();
          });
        }),
      );
    }
    await vi.waitFor(() => expect(ticks.live.open()).toBe(2));
    expect(servers.ticks!.mounted.subscriptionConnections()).toBe(1);
    expect(router.subscriptions.stats().upstreamSockets).toEqual({ ticks: 1 });
    ticks.live.emit(1);
    await Promise.all(firstEvents);

    stops[0]!();
    await vi.waitFor(() => expect(ticks.live.open()).toBe(1));
    expect(servers.ticks!.mounted.subscriptionConnections()).toBe(1);
    stops[1]!();
    await vi.waitFor(() => expect(ticks.live.open()).toBe(0));
    await vi.waitFor(() => expect(servers.ticks!.mounted.subscriptionConnections()).toBe(0));
    await vi.waitFor(() => expect(router.subscriptions.stats()).toMatchObject({ subscriptions: 0, upstreamSockets: { ticks: 0 } }));
  });

  it('ends the subscription with SUBGRAPH_UNAVAILABLE when the owning subgraph dies mid-stream', async () => {
    fixture = await startFixture('http');
    const { ticks, servers } = fixture;
    const client = connect();
    let received!: () => void;
    const first = new Promise<void>((resolve) => (received = resolve));
    const outcome = client.run('subscription { live { n } }', undefined, () => received());
    await vi.waitFor(() => expect(ticks.live.open()).toBe(1));
    ticks.live.emit(1);
    await first;
    servers.ticks!.kill();
    const { results, end } = await outcome;
    expect(end).toEqual({ kind: 'complete' });
    expect(results).toHaveLength(2);
    expect(results[1]).toEqual({
      errors: [{ message: 'The ticks service is unavailable.', extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'ticks' } }],
    });
    expect(fixture.router.subscriptions.stats().subscriptions).toBe(0);

    // The subgraph is back (here: it never stopped listening): the next subscription opens a new socket.
    const again = await connect().run('subscription { publicTicks(count: 1) { n } }');
    expect(again).toEqual({ results: [{ data: { publicTicks: { n: 1 } } }], end: { kind: 'complete' } });
  });
});
