/**
 * The page's start-up code. It is served as a file from the asset route rather than inlined in the HTML, so the
 * page's CSP can stay `script-src 'self'` (inherited from `default-src`) without `'unsafe-inline'` or a nonce.
 * The endpoint comes from the `data-endpoint` attribute, which keeps this script static and cacheable forever.
 *
 * Plain ES5 on purpose: it runs as-is in the browser, with the UMD globals `React`, `ReactDOM`, `GraphiQL`,
 * `GraphiQLPluginExplorer` and `graphqlWs` that the preceding scripts define.
 *
 * Subscriptions run over graphql-ws on the same endpoint. The headers typed in the explorer's editor reach the
 * socket as `connection_init` params (the router reads `authorization` and `x-api-key` there); when they change,
 * the socket is replaced, because a connection keeps the identity it was opened with.
 */
export const EXPLORER_INIT_SCRIPT = `(function () {
  'use strict';
  var container = document.getElementById('graphiql');
  var endpoint = new URL(container.getAttribute('data-endpoint'), window.location.href).href;
  var socketUrl = endpoint.replace(/^http/, 'ws');
  var credentials = {};
  var credentialsKey = '{}';
  var socket = null;

  function credentialParams(headers) {
    var params = {};
    Object.keys(headers || {}).forEach(function (name) {
      var key = name.toLowerCase();
      if ((key === 'authorization' || key === 'x-api-key') && typeof headers[name] === 'string') params[key] = headers[name];
    });
    return params;
  }

  function currentSocket() {
    if (!socket) {
      socket = graphqlWs.createClient({ url: socketUrl, lazy: true, connectionParams: function () { return credentials; } });
    }
    return socket;
  }

  function fetcher(params, options) {
    var next = credentialParams(options && options.headers);
    var nextKey = JSON.stringify(next);
    if (nextKey !== credentialsKey && socket) {
      socket.dispose();
      socket = null;
    }
    credentials = next;
    credentialsKey = nextKey;
    return GraphiQL.createFetcher({ url: endpoint, wsClient: currentSocket() })(params, options);
  }

  var explorer = GraphiQLPluginExplorer.explorerPlugin();
  ReactDOM.createRoot(container).render(
    React.createElement(GraphiQL, { fetcher: fetcher, plugins: [explorer], defaultEditorToolsVisibility: true })
  );
})();
`;
