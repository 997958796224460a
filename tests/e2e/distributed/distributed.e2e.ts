import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@media-gateway/testing';
import { startProcess, type RunningProcess } from '../../support/startProcess.js';
import { startTestProduct, type TestProduct } from '../../support/startTestProduct.js';

// The catalog subgraph as its own process against Postgres (`npm start -w subgraphs/catalog`), and the router in
// distributed mode in front of it over HTTP.
const CATALOG_PORT = 4301;
let database: TestDatabase;
let catalog: RunningProcess;
let router: TestProduct;

beforeAll(async () => {
  database = await createTestDatabase();
  catalog = await startProcess(fileURLToPath(new URL('../../../subgraphs/catalog/src/main.ts', import.meta.url)), CATALOG_PORT, {
    DATABASE_URL: database.url,
    CATALOG_PORT: String(CATALOG_PORT),
    HOST: '127.0.0.1',
  });
  router = await startTestProduct({
    ROUTER_MODE: 'distributed',
    SUBGRAPH_CATALOG_URL: `${catalog.url}/graphql`,
    IDENTITY_ASSERTION_SECRET: 'a-shared-router-subgraph-secret-of-32+-chars',
  });
});
afterAll(async () => {
  await router?.close();
  await catalog?.stop();
  await database?.dispose();
});

describe('distributed mode', () => {
  it('serves the catalog through the router over HTTP', async () => {
    const { body } = await router.graphql<{ titles: { totalCount: number; edges: Array<{ node: { name: string } }> } }>(
      '{ titles(first: 2, filter: { genres: [WESTERN] }) { totalCount edges { node { name } } } }',
    );
    expect(body.errors).toBeUndefined();
    expect(body.data!.titles.totalCount).toBeGreaterThan(30);
    expect(body.data!.titles.edges).toHaveLength(2);
  });

  it("passes the subgraph's typed errors through", async () => {
    const { body } = await router.graphql('{ titles(first: 0) { totalCount } }');
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', serviceName: 'catalog' });
  });

  it('reports the subgraph in readiness, and a typed error rather than a hang when it is gone', async () => {
    const ready = (await (await fetch(`${router.url}/ready`)).json()) as { status: string; checks: Record<string, { ok: boolean }> };
    expect(ready).toMatchObject({ status: 'ok', checks: { catalog: { ok: true } } });

    await catalog.stop();
    const { body } = await router.graphql('{ genres { genre } }');
    expect(body.errors?.[0]?.message).toMatch(/catalog|fetch|ECONNREFUSED/i);
    expect(body.errors?.[0]?.extensions?.code).toBeDefined();
    const down = await fetch(`${router.url}/ready`);
    expect(down.status).toBe(503);
  });
});
