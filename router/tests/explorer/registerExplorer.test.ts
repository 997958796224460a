import Fastify, { type FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { registerExplorer } from '../../src/explorer/registerExplorer.js';

const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

const apps: FastifyInstance[] = [];
afterEach(async () => {
  await Promise.all(apps.splice(0).map((app) => app.close()));
});

function newApp(): FastifyInstance {
  const app = Fastify();
  apps.push(app);
  return app;
}

async function explorerPage(app: FastifyInstance, path = '/graphql') {
  const response = await app.inject({ method: 'GET', url: path, headers: { accept: BROWSER_ACCEPT } });
  const assetUrls = [...response.body.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1] ?? '');
  return { response, assetUrls };
}

describe('registerExplorer', () => {
  it('serves the page to browsers with a strict CSP and no CDN', async () => {
    const app = newApp();
    registerExplorer(app, { endpoint: '/graphql', path: '/graphql', title: 'Media <Gateway>' });
    const { response, assetUrls } = await explorerPage(app);

    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.headers['content-security-policy']).toBe(
      "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:",
    );
    expect(response.headers['cache-control']).toBe('no-cache');
    expect(response.body).not.toMatch(/https?:\/\//);
    // The init code is an asset too: no inline <script> body that `script-src 'self'` would block.
    expect(response.body).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(response.body).toContain('<title>Media &lt;Gateway&gt;</title>');
    expect(response.body).toContain('data-endpoint="/graphql"');

    expect(assetUrls).toEqual([
      expect.stringMatching(/^\/graphql\/assets\/graphiql-3\.8\.3\.min\.css$/),
      expect.stringMatching(/^\/graphql\/assets\/plugin-explorer-[\d.]+\.css$/),
      expect.stringMatching(/^\/graphql\/assets\/react-18\.3\.1\.production\.min\.js$/),
      expect.stringMatching(/^\/graphql\/assets\/react-dom-18\.3\.1\.production\.min\.js$/),
      expect.stringMatching(/^\/graphql\/assets\/graphiql-3\.8\.3\.min\.js$/),
      expect.stringMatching(/^\/graphql\/assets\/plugin-explorer-[\d.]+\.umd\.js$/),
      expect.stringMatching(/^\/graphql\/assets\/graphql-ws-6\.4\.2\.min\.js$/),
      expect.stringMatching(/^\/graphql\/assets\/init-[0-9a-f]{12}\.js$/),
    ]);
  });

  it('serves every referenced asset with its content type and a long cache lifetime', async () => {
    const app = newApp();
    registerExplorer(app, { endpoint: '/graphql', path: '/graphql' });
    const { assetUrls } = await explorerPage(app);

    for (const url of assetUrls) {
      const response = await app.inject({ method: 'GET', url });
      expect(response.statusCode, url).toBe(200);
      expect(response.headers['content-type'], url).toBe(
        url.endsWith('.css') ? 'text/css; charset=utf-8' : 'text/javascript; charset=utf-8',
      );
      expect(response.headers['cache-control'], url).toBe('public, max-age=31536000, immutable');
      expect(response.body.length, url).toBeGreaterThan(0);
    }
  });

  it('serves GraphiQL, the explorer plugin and init code that fit together', async () => {
    const app = newApp();
    registerExplorer(app, { endpoint: '/graphql', path: '/graphql' });
    const { assetUrls } = await explorerPage(app);
    const body = async (pattern: RegExp) => {
      const url = assetUrls.find((u) => pattern.test(u));
      return (await app.inject({ method: 'GET', url: url ?? '' })).body;
    };

    expect(await body(/graphiql-.*\.js$/)).toContain('window.GraphiQL');
    expect(await body(/plugin-explorer-.*\.js$/)).toContain('GraphiQLPluginExplorer');
    const init = await body(/init-.*\.js$/);
    expect(await body(/graphql-ws-.*\.js$/)).toContain('graphqlWs');
    expect(init).toContain('GraphiQL.createFetcher({ url: endpoint, wsClient: currentSocket() })');
    expect(init).toContain('graphqlWs.createClient(');
    expect(init).toContain('GraphiQLPluginExplorer.explorerPlugin()');
  });

  it('answers unknown assets and traversal attempts with 404', async () => {
    const app = newApp();
    registerExplorer(app, { endpoint: '/graphql', path: '/graphql' });

    for (const url of [
      '/graphql/assets/nope.js',
      '/graphql/assets/graphiql.min.js.map',
      '/graphql/assets/__proto__',
      '/graphql/assets/../../package.json',
      '/graphql/assets/..%2F..%2Fpackage.json',
      '/graphql/assets/%2e%2e%2f%2e%2e%2fpackage.json',
      '/graphql/assets/..%5C..%5Cpackage.json',
      '/graphql/assets/',
    ]) {
      const response = await app.inject({ method: 'GET', url });
      expect(response.statusCode, url).toBe(404);
    }
  });

  it.each(['explorer first', 'GraphQL route first'])('leaves GraphQL requests on the same path to the GraphQL route (%s)', async (order) => {
    const app = newApp();
    // Stands in for the Apollo route on the same path.
    const graphqlRoute = () =>
      app.route({ method: ['GET', 'POST'], url: '/graphql', handler: async () => ({ data: { from: 'graphql' } }) });
    if (order === 'GraphQL route first') graphqlRoute();
    registerExplorer(app, { endpoint: '/graphql', path: '/graphql' });
    if (order === 'explorer first') graphqlRoute();

    const page = await explorerPage(app);
    expect(page.response.headers['content-type']).toBe('text/html; charset=utf-8');

    for (const request of [
      { method: 'GET' as const, url: '/graphql?query=%7B__typename%7D', headers: { accept: BROWSER_ACCEPT } },
      { method: 'GET' as const, url: '/graphql?query=%7B__typename%7D', headers: { accept: 'application/json' } },
      { method: 'GET' as const, url: '/graphql', headers: { accept: 'application/graphql-response+json' } },
      { method: 'GET' as const, url: '/graphql', headers: {} },
      { method: 'POST' as const, url: '/graphql', headers: { accept: BROWSER_ACCEPT }, payload: { query: '{ __typename }' } },
    ]) {
      const response = await app.inject(request);
      expect(response.json(), `${request.method} ${request.url} ${JSON.stringify(request.headers)}`).toEqual({
        data: { from: 'graphql' },
      });
    }
  });

  it('does not serve the page for non-HTML requests when nothing else owns the path', async () => {
    const app = newApp();
    registerExplorer(app, { endpoint: '/graphql', path: '/explorer' });
    const json = await app.inject({ method: 'GET', url: '/explorer', headers: { accept: 'application/json' } });
    expect(json.statusCode).toBe(404);
    const page = await explorerPage(app, '/explorer');
    expect(page.response.statusCode).toBe(200);
    expect(page.assetUrls.every((url) => url.startsWith('/explorer/assets/'))).toBe(true);
  });

  it('returns the page handler for a route that dispatches itself', async () => {
    const app = newApp();
    const sendPage = registerExplorer(app, { endpoint: '/graphql', path: '/explorer' });
    app.get('/elsewhere', sendPage);
    const response = await app.inject({ method: 'GET', url: '/elsewhere' });
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.body).toContain('/explorer/assets/');
  });

  it('allows a cross-origin endpoint in connect-src', async () => {
    const app = newApp();
    registerExplorer(app, { endpoint: 'https://api.example.test/graphql', path: '/explorer' });
    const { response } = await explorerPage(app, '/explorer');
    expect(response.headers['content-security-policy']).toContain("connect-src 'self' https://api.example.test");
  });

  it('names the bad option', () => {
    expect(() => registerExplorer(newApp(), { endpoint: '/graphql', path: 'explorer' })).toThrow(
      new TypeError('explorer.path must be an absolute path starting with "/", got "explorer"'),
    );
    expect(() => registerExplorer(newApp(), { endpoint: ' ', path: '/explorer' })).toThrow(/explorer\.endpoint/);
  });
});
