/**
 * The page's start-up code. It is served as a file from the asset route rather than inlined in the HTML, so the
 * page's CSP can stay `script-src 'self'` (inherited from `default-src`) without `'unsafe-inline'` or a nonce.
 * The endpoint comes from the `data-endpoint` attribute, which keeps this script static and cacheable forever.
 *
 * Plain ES5 on purpose: it runs as-is in the browser, with the UMD globals `React`, `ReactDOM`, `GraphiQL` and
 * `GraphiQLPluginExplorer` that the preceding scripts define.
 */
export const EXPLORER_INIT_SCRIPT = `(function () {
  'use strict';
  var container = document.getElementById('graphiql');
  var endpoint = new URL(container.getAttribute('data-endpoint'), window.location.href).href;
  var fetcher = GraphiQL.createFetcher({ url: endpoint });
  var explorer = GraphiQLPluginExplorer.explorerPlugin();
  ReactDOM.createRoot(container).render(
    React.createElement(GraphiQL, { fetcher: fetcher, plugins: [explorer], defaultEditorToolsVisibility: true })
  );
})();
`;
