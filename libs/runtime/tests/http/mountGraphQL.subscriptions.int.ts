import { afterEach, describe, expect, it } from 'vitest';
import { buildSchema } from 'graphql';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { createLogger, createMetrics, createServiceApp, Lifecycle, mountGraphQL } from '@media-gateway/runtime';

const logger = createLogger({ name: 'test', level: 'silent' });
const schema = buildSchema(/* GraphQL */ `
  type Query {
    whoami: String
  }
  type Subscription {
    whoami: String
  }
`);
Object.assign(schema.getSubscriptionType()!.getFields().whoami!, {
  subscribe: async function* (_: unknown, __: unknown, context: { caller: string }) {
    yield { whoami: context.caller };
  },
});

let lifecycle: Lifecycle | undefined;
afterEach(async () => lifecycle?.close());

async function start(subscriptions: boolean) {
  lifecycle = new Lifecycle(logger);
  const app = createServiceApp({ name: 'test', logger, metrics: createMetrics({ collectDefaults: false }), readiness: {} });
  const mounted = await mountGraphQL(app, {
    schema,
    logger,
    lifecycle,
    context: (request) => ({ caller: String(request.headers['x-mg-identity'] ?? 'anonymous') }),
    subscriptions,
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { mounted, base: `ws://127.0.0.1:${port}` };
}

function upgradeStatus(url: string): Promise<number | 'closed'> {
  return new Promise((resolve) => {
    const socket = new WebSocket(url, 'graphql-transport-ws');
    socket.on('unexpected-response', (_request, response) => resolve(response.statusCode ?? 0));
    socket.on('open', () => {
      socket.close();
      resolve(101);
    });
    socket.on('error', () => resolve('closed'));
  });
}

describe('mountGraphQL with subscriptions', () => {
  it('builds each subscription’s context from the headers in its subscribe message, never the connection’s', async () => {
    const { base, mounted } = await start(true);
    const client = createClient({ url: `${base}/graphql`, webSocketImpl: WebSocket, connectionParams: { 'x-mg-identity': 'from-params' } });
    const run = (extensions?: Record<string, unknown>) =>
      new Promise<unknown[]>((resolve, reject) => {
        const seen: unknown[] = [];
        client.subscribe({ query: 'subscription { whoami }', ...(extensions ? { extensions } : {}) }, { next: (r) => seen.push(r), error: reject, complete: () => resolve(seen) });
      });
    expect(await Promise.all([run({ headers: { 'x-mg-identity': 'alice' } }), run()])).toEqual([[{ data: { whoami: 'alice' } }], [{ data: { whoami: 'anonymous' } }]]);
    expect(mounted.subscriptionConnections()).toBe(1);
    await client.dispose();
  });

  it('answers upgrades only on /graphql, and only when enabled', async () => {
    const enabled = await start(true);
    expect(await upgradeStatus(`${enabled.base}/elsewhere`)).toBe(404);
    expect(await upgradeStatus(`${enabled.base}/graphql`)).toBe(101);
    await lifecycle!.close();
    const disabled = await start(false);
    expect(await upgradeStatus(`${disabled.base}/graphql`)).not.toBe(101);
    expect(disabled.mounted.subscriptionConnections()).toBe(0);
  });

  it('closes open sockets with 1001 on shutdown instead of waiting on them', async () => {
    const { base } = await start(true);
    const socket = new WebSocket(`${base}/graphql`, 'graphql-transport-ws');
    await new Promise((resolve) => socket.once('open', resolve));
    const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
    await lifecycle!.close();
    expect(await closed).toBe(1001);
  });
});
