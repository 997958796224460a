import { runInNewContext } from 'node:vm';
import { describe, expect, it, vi } from 'vitest';
import { EXPLORER_INIT_SCRIPT } from '../../src/explorer/explorerInitScript.js';

describe('EXPLORER_INIT_SCRIPT', () => {
  it('renders GraphiQL with a fetcher for data-endpoint and the explorer plugin', () => {
    // Stand-ins for the DOM and the UMD globals the real page gets from the preceding scripts.
    const container = { getAttribute: vi.fn(() => '/graphql') };
    const render = vi.fn();
    const GraphiQL = Object.assign(function GraphiQL() {}, { createFetcher: vi.fn(() => 'fetcher') });
    const globals = {
      URL,
      window: { location: { href: 'https://router.example.test/graphql' } },
      document: { getElementById: vi.fn(() => container) },
      React: { createElement: vi.fn((type: unknown, props: unknown) => ({ type, props })) },
      ReactDOM: { createRoot: vi.fn(() => ({ render })) },
      GraphiQL,
      GraphiQLPluginExplorer: { explorerPlugin: vi.fn(() => 'explorer') },
    };

    runInNewContext(EXPLORER_INIT_SCRIPT, globals);

    expect(globals.document.getElementById).toHaveBeenCalledWith('graphiql');
    expect(container.getAttribute).toHaveBeenCalledWith('data-endpoint');
    expect(GraphiQL.createFetcher).toHaveBeenCalledWith({ url: 'https://router.example.test/graphql' });
    expect(globals.ReactDOM.createRoot).toHaveBeenCalledWith(container);
    expect(render).toHaveBeenCalledWith({
      type: GraphiQL,
      props: { fetcher: 'fetcher', plugins: ['explorer'], defaultEditorToolsVisibility: true },
    });
  });
});
