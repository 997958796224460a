import { runInNewContext } from 'node:vm';
import { describe, expect, it, vi } from 'vitest';
import { EXPLORER_INIT_SCRIPT } from '../../src/explorer/explorerInitScript.js';

/** Runs the script against stand-ins for the DOM and the UMD globals the real page gets from the preceding scripts. */
function runPage() {
  const container = { getAttribute: vi.fn(() => '/graphql') };
  const render = vi.fn();
  const inner = vi.fn(() => 'result');
  const GraphiQL = Object.assign(function GraphiQL() {}, { createFetcher: vi.fn(() => inner) });
  const sockets: Array<{ options: { url: string; connectionParams: () => unknown }; dispose: ReturnType<typeof vi.fn> }> = [];
  const globals = {
    URL,
    JSON,
    Object,
    window: { location: { href: 'https://router.example.test/graphql' } },
    document: { getElementById: vi.fn(() => container) },
    React: { createElement: vi.fn((type: unknown, props: unknown) => ({ type, props })) },
    ReactDOM: { createRoot: vi.fn(() => ({ render })) },
    GraphiQL,
    GraphiQLPluginExplorer: { explorerPlugin: vi.fn(() => 'explorer') },
    graphqlWs: {
      createClient: vi.fn((options: { url: string; connectionParams: () => unknown }) => {
        const socket = { options, dispose: vi.fn() };
        sockets.push(socket);
        return socket;
      }),
    },
  };
  runInNewContext(EXPLORER_INIT_SCRIPT, globals);
  const props = (render.mock.calls[0]![0] as { props: { fetcher: (params: unknown, options?: unknown) => unknown; plugins: unknown[] } }).props;
  return { globals, container, GraphiQL, inner, sockets, props };
}

describe('EXPLORER_INIT_SCRIPT', () => {
  it('renders GraphiQL with the explorer plugin and a fetcher for data-endpoint', () => {
    const { globals, container, GraphiQL, inner, props } = runPage();
    expect(globals.document.getElementById).toHaveBeenCalledWith('graphiql');
    expect(container.getAttribute).toHaveBeenCalledWith('data-endpoint');
    expect(globals.ReactDOM.createRoot).toHaveBeenCalledWith(container);
    expect(props.plugins).toEqual(['explorer']);

    expect(props.fetcher({ query: '{ genres { genre } }' }, { headers: {} })).toBe('result');
    expect(GraphiQL.createFetcher).toHaveBeenCalledWith({ url: 'https://router.example.test/graphql', wsClient: expect.anything() });
    expect(inner).toHaveBeenCalledWith({ query: '{ genres { genre } }' }, { headers: {} });
  });

  it('runs subscriptions over graphql-ws on the same endpoint with the editor\'s credentials, reconnecting when they change', () => {
    const { sockets, props } = runPage();
    props.fetcher({ query: 'subscription { presenceChanged { kind } }' }, { headers: { Authorization: 'Bearer a', 'X-Trace': 'x' } });
    expect(sockets).toHaveLength(1);
    expect(sockets[0]!.options.url).toBe('wss://router.example.test/graphql');
    expect(sockets[0]!.options.connectionParams()).toEqual({ authorization: 'Bearer a' });

    props.fetcher({ query: '{ me { id } }' }, { headers: { Authorization: 'Bearer a' } });
    expect(sockets).toHaveLength(1);

    props.fetcher({ query: '{ me { id } }' }, { headers: { 'x-api-key': 'mg_live_k' } });
    expect(sockets[0]!.dispose).toHaveBeenCalled();
    expect(sockets).toHaveLength(2);
    expect(sockets[1]!.options.connectionParams()).toEqual({ 'x-api-key': 'mg_live_k' });
  });
});
