// npm run bench:router — the router against the catalog subgraph it fronts, with the same query.
//
// Three processes on one database: the catalog subgraph alone, the router in distributed mode in front of it
// (HTTP to the subgraph), and the router in embedded mode (subgraph in-process). autocannon drives each with
// `titles(first: 20)` plus availability at 10 and 50 connections and prints throughput, p50, p99 and the ratios.
import { fileURLToPath } from 'node:url';
import { benchDatabase } from './support/benchDatabase.js';
import { load, type LoadResult } from './support/load.js';
import { startProcess, type RunningProcess } from '../support/startProcess.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = [10, 50];
const QUERY = /* GraphQL */ `query TitlesPage {
  titles(first: 20) {
    edges { cursor node { id name releaseYear genres
      availability(region: "US") { platform { id name } availabilityType price { amount currency } deepLink { appUrl webUrl } } } }
    pageInfo { hasNextPage endCursor }
  }
}`;
const BODY = JSON.stringify({ query: QUERY });
const entry = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));

const database = await benchDatabase('mg_bench_router');
const processes: RunningProcess[] = [];
try {
  const common = { DATABASE_URL: database.url, HOST: '127.0.0.1' };
  const catalog = await startProcess(entry('subgraphs/catalog/src/main.ts'), 4101, { ...common, CATALOG_PORT: '4101' });
  processes.push(catalog);
  const distributed = await startProcess(entry('router/src/main.ts'), 4100, {
    ...common, PORT: '4100', ROUTER_MODE: 'distributed', SUBGRAPH_CATALOG_URL: `${catalog.url}/graphql`,
    IDENTITY_ASSERTION_SECRET: 'bench-router-subgraph-secret-of-32+-characters',
  });
  processes.push(distributed);
  const embedded = await startProcess(entry('router/src/main.ts'), 4102, { ...common, PORT: '4102', ROUTER_MODE: 'embedded' });
  processes.push(embedded);

  const check = (await (await fetch(`${distributed.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: BODY })).json()) as { errors?: unknown; data: { titles: { edges: unknown[] } } };
  if (check.errors || check.data.titles.edges.length !== 20) throw new Error(`bench query failed: ${JSON.stringify(check).slice(0, 300)}`);

  const targets = { 'catalog subgraph (direct)': catalog, 'router → subgraph over HTTP': distributed, 'router, embedded subgraph': embedded };
  const rows: Array<{ target: string; connections: number } & LoadResult> = [];
  for (const connections of CONNECTIONS) {
    for (const [target, server] of Object.entries(targets)) {
      await load(`${server.url}/graphql`, BODY, connections, 2); // warm-up: JIT, pools, plan cache
      rows.push({ target, connections, ...(await load(`${server.url}/graphql`, BODY, connections, SECONDS)) });
    }
  }

  console.log(`\nrouter benchmark: titles(first: 20) with availability, ${SECONDS} s per run, autocannon\n`);
  console.log('connections  target                         req/s     p50 ms  p99 ms  errors');
  for (const r of rows) {
    console.log(
      `${String(r.connections).padEnd(13)}${r.target.padEnd(31)}${r.rps.toFixed(0).padStart(6)}  ${String(r.p50).padStart(8)}  ${String(r.p99).padStart(6)}  ${r.errors + r.non2xx}`,
    );
  }
  console.log('\nratio to the subgraph alone (throughput; p50 latency)');
  for (const connections of CONNECTIONS) {
    const base = rows.find((r) => r.connections === connections && r.target.startsWith('catalog'))!;
    for (const r of rows.filter((row) => row.connections === connections && !row.target.startsWith('catalog'))) {
      console.log(`${String(connections).padEnd(13)}${r.target.padEnd(31)}${(r.rps / base.rps).toFixed(2)}×      ${(r.p50 / Math.max(base.p50, 1)).toFixed(2)}×`);
    }
  }
} finally {
  for (const p of processes.reverse()) await p.stop();
  await database.drop();
}
