import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { readRouterConfig, startProduct, type Product } from '@media-gateway/router';
import { createLogger, createMetrics } from '@media-gateway/runtime';
import { createTestDatabase, freePort, testModelCacheDir, testRedisUrl, type TestDatabase } from '@media-gateway/testing';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  body: { data?: T | null; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
}

export interface TestProduct {
  url: string;
  product: Product;
  graphql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  post(body: string, headers?: Record<string, string>): Promise<Response>;
  /** The value of one sample on /metrics, e.g. `db_statements_total`. */
  metric(name: string): Promise<number>;
  /**
   * Runs one SQL statement on the product's database, on a connection of its own, for what a test must arrange
   * that no API offers (e.g. making a user an admin). On embedded PGlite it waits until the product's pooled
   * connection goes idle (about 10 s), since PGlite serves one connection at a time.
   */
  sql<Row extends Record<string, unknown> = Record<string, unknown>>(text: string, values?: unknown[]): Promise<Row[]>;
  close(): Promise<void>;
}

/**
 * The whole product as `npm start` runs it (router plus in-process subgraphs, seed import included), on a fresh
 * database of its own and the test run's Redis when there is one, listening on a free port: tests talk to it over
 * HTTP as a client would.
 */
export async function startTestProduct(env: Record<string, string> = {}): Promise<TestProduct> {
  const database: TestDatabase = await createTestDatabase();
  const dataDir = mkdtempSync(join(tmpdir(), 'mg-e2e-'));
  // The OAuth issuer is an absolute URL fixed at start-up, so the port is chosen before the product starts.
  const port = await freePort();
  const config = readRouterConfig({
    PORT: String(port),
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    DATABASE_URL: database.url,
    DATABASE_POOL_MAX: String(database.poolMax),
    DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
    // Every test client is 127.0.0.1: one anonymous budget would throttle the suites against each other. The
    // rate-limit suite turns it on with counters of its own.
    RATE_LIMIT_ENABLED: 'false',
    RATE_LIMIT_KEY_PREFIX: `mg:test:rl:${randomUUID()}`,
    // The static model the run's global setup built; no test reaches for the network.
    EMBEDDING_CACHE_DIR: testModelCacheDir(),
    EMBEDDING_DOWNLOAD: 'false',
    ...(testRedisUrl() ? { REDIS_URL: testRedisUrl()! } : {}),
    ...env,
  });
  const logger = createLogger({ name: 'router', level: 'silent' });
  let product: Product;
  try {
    product = await startProduct(config, logger, createMetrics());
  } catch (error) {
    await database.dispose();
    throw error;
  }
  // Search answers from discovery's read model and playback launches from its copy of the offers; both fill from
  // the catalog's events after start, and a test must not count their writes as its own.
  await product.settle?.();
  await product.router.app.listen({ port, host: '127.0.0.1' });
  const url = `http://127.0.0.1:${port}`;

  const post = (body: string, headers: Record<string, string> = {}) =>
    fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

  return {
    url,
    product,
    post,
    async graphql(query, variables) {
      const response = await post(JSON.stringify({ query, variables }));
      return { status: response.status, body: (await response.json()) as GraphQLResponse['body'] } as never;
    },
    async metric(name) {
      const text = await (await fetch(`${url}/metrics`)).text();
      const line = text.split('\n').find((l) => l.startsWith(`${name} `) || l.startsWith(`${name}{`));
      return line ? Number(line.split(' ').at(-1)) : Number.NaN;
    },
    async sql<Row extends Record<string, unknown>>(text: string, values: unknown[] = []) {
      // On embedded PGlite this connection waits its turn behind the product's own (one client at a time).
      const client = new pg.Client({ connectionString: database.url });
      await client.connect();
      try {
        return (await client.query<Row>(text, values)).rows;
      } finally {
        await client.end();
      }
    },
    async close() {
      await product.lifecycle.close();
      await database.dispose();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

