import { GraphQLError } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import { FederatedSubscription } from '../../src/subscriptions/FederatedSubscription.js';
import { InProcessUpstreams } from '../../src/subscriptions/upstream/InProcessUpstreams.js';
import type { UpstreamSink, Upstreams } from '../../src/subscriptions/upstream/Upstreams.js';
import { fakeConnection, plannedFixture, silentLogger } from './support.js';

async function drain(iterator: AsyncIterator<unknown>): Promise<unknown[]> {
  const values: unknown[] = [];
  for (;;) {
    const step = await iterator.next();
    if (step.done) return values;
    values.push(step.value);
  }
}

/** An upstream the test drives through the sink it was given. */
function scriptedUpstreams() {
  const opened: Array<{ serviceName: string; variables: Record<string, unknown>; sink: UpstreamSink; stop: ReturnType<typeof vi.fn> }> = [];
  const upstreams: Upstreams = {
    open: (serviceName, request, sink) => {
      const stop = vi.fn();
      opened.push({ serviceName, variables: request.variables, sink, stop });
      return stop;
    },
    sockets: () => ({}),
    close: async () => {},
  };
  return { upstreams, opened };
}

describe('FederatedSubscription', () => {
  it('resolves each event through the rest of the plan, as the caller', async () => {
    const { ticks, items, planner, services, operation } = plannedFixture();
    const { connection } = await fakeConnection('user-4');
    const stream = new FederatedSubscription(
      { planner, services, upstreams: new InProcessUpstreams([ticks, items], silentLogger), logger: silentLogger },
      connection,
      operation('subscription ($c: Int!) { ticks(count: $c) { n userId item { id name viewer } } }', { c: 2 }),
    ).start();
    expect(await drain(stream)).toEqual(
      [1, 2].map((n) => ({ data: { ticks: { n, userId: 'user-4', item: { id: `item-${n}`, name: `Name of item-${n}`, viewer: 'user-4' } } } })),
    );
    expect(connection.subscriptionCount).toBe(0);
  });

  it('sends the primary only the variables it uses', async () => {
    const { planner, services, operation } = plannedFixture();
    const { connection } = await fakeConnection('user-4');
    const { upstreams, opened } = scriptedUpstreams();
    new FederatedSubscription({ planner, services, upstreams, logger: silentLogger }, connection, operation('subscription ($c: Int!, $unused: Int) { ticks(count: $c) { n } }', { c: 1, unused: 2 })).start();
    expect(opened).toMatchObject([{ serviceName: 'ticks', variables: { c: 1 } }]);
  });

  it('delivers a failed stream’s errors once, then completes', async () => {
    const { planner, services, operation } = plannedFixture();
    const { connection } = await fakeConnection('user-4');
    const { upstreams, opened } = scriptedUpstreams();
    const stream = new FederatedSubscription({ planner, services, upstreams, logger: silentLogger }, connection, operation('subscription { live { n } }')).start();
    opened[0]!.sink.next({ data: { live: { n: 1, item: { __typename: 'Item', id: 'i' } } } });
    opened[0]!.sink.fail([new GraphQLError('The ticks service is unavailable.', { extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'ticks' } })]);
    const values = await drain(stream);
    expect(values).toHaveLength(2);
    expect(values[0]).toEqual({ data: { live: { n: 1 } } });
    expect((values[1] as { errors: GraphQLError[] }).errors.map((e) => e.extensions.code)).toEqual(['SUBGRAPH_UNAVAILABLE']);
  });

  it('stops the upstream on return() while waiting for an event', async () => {
    const { planner, services, operation } = plannedFixture();
    const { connection } = await fakeConnection('user-4');
    const { upstreams, opened } = scriptedUpstreams();
    const stream = new FederatedSubscription({ planner, services, upstreams, logger: silentLogger }, connection, operation('subscription { live { n } }')).start();
    const pending = stream.next();
    await stream.return();
    expect(await pending).toEqual({ value: undefined, done: true });
    expect(opened[0]!.stop).toHaveBeenCalledOnce();
  });

  it('drops the connection when events pile up unread, stopping every upstream on it', async () => {
    const { planner, services, operation } = plannedFixture();
    const { connection, socket } = await fakeConnection('user-4', { maxQueuedEvents: 3 });
    const { upstreams, opened } = scriptedUpstreams();
    const deps = { planner, services, upstreams, logger: silentLogger };
    new FederatedSubscription(deps, connection, operation('subscription { live { n } }')).start();
    new FederatedSubscription(deps, connection, operation('subscription { live { n } }')).start();
    const event = { data: { live: { n: 1, item: { __typename: 'Item', id: 'i' } } } };
    for (let i = 0; i < 2; i++) opened[0]!.sink.next(event);
    for (let i = 0; i < 2; i++) opened[1]!.sink.next(event);
    expect(socket.closed).toEqual([4413, 'slow consumer']);
    expect(opened.map((o) => o.stop.mock.calls.length)).toEqual([1, 1]);
    expect(connection.queuedEvents).toBe(0);
  });
});
