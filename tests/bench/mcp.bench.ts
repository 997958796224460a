// npm run bench:mcp — what the MCP bridge adds to a call (PRODUCT_SPEC §11: MCP overhead p95 < 50 ms).
//
// One embedded product (router + subgraphs in one process) as a child process. For each operation, the same persisted
// id with the same variables, one call at a time, three ways, interleaved so drift in the product hits all alike:
//   - direct: POST <router>/graphql { documentId, extensions.persistedQuery, variables }, as the bridge sends it;
//   - bridge over Streamable HTTP: the SDK's Client calling the tool on `startHttpBridge` (in this process);
//   - bridge over stdio: the SDK's Client calling the tool on the `media-gateway-mcp` bin (a child process).
// Overhead = bridge − direct, at p50 and p95 (difference of the percentiles).
import { fileURLToPath } from 'node:url';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport, getDefaultEnvironment } from '@modelcontextprotocol/sdk/client/stdio.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { createLogger } from '@media-gateway/runtime';
import { startHttpBridge, type RunningHttpBridge } from '@media-gateway/mcp';
import { Genres, SemanticSearch, TitleDetails } from '@media-gateway/schema/operations';
import type { PersistedOperation } from '@media-gateway/schema';
import { benchDatabase } from './support/benchDatabase.js';
import { latencyStats, type LatencyStats } from './support/latencyStats.js';
import { waitForDiscoveryIndex } from './support/waitForDiscoveryIndex.js';
import { startProcess, type RunningProcess } from '../support/startProcess.js';

const PORT = 4140;
const URL_BASE = `http://127.0.0.1:${PORT}`;
const SAMPLES = Number(process.env.BENCH_MCP_SAMPLES ?? 300);
const WARMUP = Math.min(50, SAMPLES);
const TARGET_OVERHEAD_P95 = 50;
// Generous limits: the bench measures the bridge, not its rate limiter refusing the bench.
const LIMIT = String(10 * (SAMPLES + WARMUP) * 3);

interface Case {
  tool: string;
  operation: PersistedOperation;
  variables: Record<string, unknown>;
}

type Path = 'direct' | 'bridge (HTTP)' | 'bridge (stdio)';
const PATHS: readonly Path[] = ['direct', 'bridge (HTTP)', 'bridge (stdio)'];

async function direct(operation: PersistedOperation, variables: Record<string, unknown>): Promise<void> {
  const response = await fetch(`${URL_BASE}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ documentId: operation.id, operationName: operation.name, variables, extensions: { persistedQuery: { version: 1, sha256Hash: operation.id } } }),
  });
  const body = (await response.json()) as { errors?: unknown[] };
  if (body.errors?.length) throw new Error(`${operation.name}: ${JSON.stringify(body.errors).slice(0, 300)}`);
}

async function viaTool(client: Client, tool: string, variables: Record<string, unknown>): Promise<void> {
  const result = (await client.callTool({ name: tool, arguments: variables })) as CallToolResult;
  if (result.isError) throw new Error(`${tool}: ${JSON.stringify(result.structuredContent).slice(0, 300)}`);
}

const database = await benchDatabase('mg_bench_mcp');
let product: RunningProcess | undefined;
let http: RunningHttpBridge | undefined;
const clients: Client[] = [];
try {
  product = await startProcess(
    fileURLToPath(new URL('../../router/src/main.ts', import.meta.url)),
    PORT,
    {
      DATABASE_URL: database.url,
      ...(process.env.REDIS_URL ? { REDIS_URL: process.env.REDIS_URL } : {}),
      HOST: '127.0.0.1',
      PORT: String(PORT),
      PUBLIC_URL: URL_BASE,
      ROUTER_MODE: 'embedded',
      DATA_DIR: `/tmp/mg-bench-mcp-${process.pid}`,
      EMBEDDING_CACHE_DIR: fileURLToPath(new URL('../../.data/models', import.meta.url)),
      EMBEDDING_DOWNLOAD: 'false',
      LOG_LEVEL: 'warn',
      RATE_LIMIT_ENABLED: 'false',
      MAX_COST: '100000',
    },
    20 * 60_000,
  );
  await waitForDiscoveryIndex(URL_BASE, 30 * 60_000);

  http = await startHttpBridge({
    routerUrl: URL_BASE,
    port: 0,
    watch: false,
    limits: { anonymous: Number(LIMIT) },
    logger: createLogger({ name: 'mcp-bench', level: 'warn', destination: process.stderr }),
  });
  const httpClient = new Client({ name: 'bench-http', version: '1.0.0' });
  await httpClient.connect(new StreamableHTTPClientTransport(new URL(http.url)));
  clients.push(httpClient);
  const stdioClient = new Client({ name: 'bench-stdio', version: '1.0.0' });
  await stdioClient.connect(
    new StdioClientTransport({
      command: process.execPath,
      args: [fileURLToPath(new URL('../../clients/mcp/bin/media-gateway-mcp.mjs', import.meta.url))],
      env: { ...getDefaultEnvironment(), MCP_ROUTER_URL: URL_BASE, MCP_RATE_LIMIT_ANONYMOUS: LIMIT, LOG_LEVEL: 'warn' },
      stderr: 'inherit',
    }),
  );
  clients.push(stdioClient);

  // A cheap read (the bridge's cost dominates) and a search (the product's does); a real title id for the details.
  const found = (await httpClient.callTool({ name: 'semantic_search', arguments: { query: 'space adventure', first: 1 } })) as CallToolResult;
  const titleId = (found.structuredContent as { search: { hits: Array<{ title: { id: string } }> } }).search.hits[0]!.title.id;
  const cases: Case[] = [
    { tool: 'get_genres', operation: Genres, variables: {} },
    { tool: 'get_content_details', operation: TitleDetails, variables: { id: titleId, region: 'US' } },
    { tool: 'semantic_search', operation: SemanticSearch, variables: { query: 'dark sci-fi thrillers from the 90s', first: 10 } },
  ];
  const call = (path: Path, c: Case) =>
    path === 'direct' ? direct(c.operation, c.variables) : viaTool(path === 'bridge (HTTP)' ? httpClient : stdioClient, c.tool, c.variables);

  const results: Array<{ tool: string; stats: Record<Path, LatencyStats> }> = [];
  for (const c of cases) {
    for (let i = 0; i < WARMUP; i++) for (const path of PATHS) await call(path, c);
    const samples: Record<Path, number[]> = { direct: [], 'bridge (HTTP)': [], 'bridge (stdio)': [] };
    for (let i = 0; i < SAMPLES; i++) {
      for (const path of PATHS) {
        const started = performance.now();
        await call(path, c);
        samples[path].push(performance.now() - started);
      }
    }
    results.push({ tool: c.tool, stats: { direct: latencyStats(samples.direct), 'bridge (HTTP)': latencyStats(samples['bridge (HTTP)']), 'bridge (stdio)': latencyStats(samples['bridge (stdio)']) } });
  }

  const ms = (value: number) => value.toFixed(1);
  console.log(`\nMCP bridge benchmark: embedded product, one call at a time, ${SAMPLES} samples per path (after ${WARMUP} warm-up), same persisted id and variables\n`);
  console.log('tool                  path               p50 ms   p95 ms   p99 ms | overhead p50   p95');
  for (const { tool, stats } of results) {
    for (const path of PATHS) {
      const s = stats[path];
      const overhead = path === 'direct' ? '' : `${ms(s.p50 - stats.direct.p50).padStart(13)}${ms(s.p95 - stats.direct.p95).padStart(7)}`;
      console.log(`${(path === 'direct' ? tool : '').padEnd(22)}${path.padEnd(17)}${ms(s.p50).padStart(8)}${ms(s.p95).padStart(9)}${ms(s.p99).padStart(9)} |${overhead}`);
    }
  }
  console.log(`\ntarget: MCP overhead p95 < ${TARGET_OVERHEAD_P95} ms (§11)`);
  for (const { tool, stats } of results) {
    for (const path of PATHS.filter((p) => p !== 'direct')) {
      const overhead = stats[path].p95 - stats.direct.p95;
      console.log(`  ${tool.padEnd(20)} ${path.padEnd(15)} ${ms(overhead).padStart(6)} ms: ${overhead < TARGET_OVERHEAD_P95 ? 'met' : 'missed'}`);
    }
  }
} finally {
  await Promise.all(clients.map((client) => client.close().catch(() => undefined)));
  await http?.close();
  await product?.stop();
  await database.drop();
}
