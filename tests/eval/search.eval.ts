// npm run eval:search — how well search ranks the hand-judged relevance set (tests/eval/search/relevance.json).
//
// Every query runs once per strategy (KEYWORD, VECTOR, HYBRID, first 10 hits) and is scored with nDCG@10, reciprocal
// rank (first hit graded ≥ 2) and whether it returned nothing. With EVAL_URL set it measures that running product;
// otherwise it starts the product (`npm start`, embedded mode) on a fresh Postgres database and waits until
// discovery's index has caught up with the catalogue. A report, not a gate: it exits 0 whatever the scores, and 1
// only when the product failed (did not start, did not catch up, or answered a search with an error).
// `--json` also prints the figures as JSON on stdout, and the human-readable report moves to stderr.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { freePort } from '@media-gateway/testing';
import { benchDatabase } from '../bench/support/benchDatabase.js';
import { startProcess } from '../support/startProcess.js';
import { mean, scoreQuery, zeroResultRate, type Judgment, type QueryScore, type RankedTitle } from './search/metrics.js';

const K = 10;
const STRATEGIES = ['KEYWORD', 'VECTOR', 'HYBRID'] as const;
type Strategy = (typeof STRATEGIES)[number];
const CAUGHT_UP_TIMEOUT_MS = 5 * 60_000;
const SEARCH_TIMEOUT_MS = 60_000;
const SEARCH = /* GraphQL */ `query EvalSearch($q: String!, $s: SearchStrategy) {
  search(query: $q, strategy: $s, first: ${K}) { hits { title { id name releaseYear } } }
}`;

interface RelevanceQuery {
  id: string;
  query: string;
  kind: string;
  judgments: Judgment[];
  notes: string;
}

interface Health {
  discovery?: { index?: { documents?: number; vectors?: number; caughtUp?: boolean } };
}

interface Summary {
  ndcg: number;
  mrr: number;
  zeroResultRate: number;
  queries: number;
}

const json = process.argv.includes('--json');
// Progress always goes to stderr; the report too under --json, so stdout is only the JSON.
const print = (line: string) => (json ? console.error(line) : console.log(line));
const repoPath = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));
const set = loadRelevanceSet();

const cleanup: Array<() => Promise<void>> = [];
try {
  const url = process.env.EVAL_URL?.replace(/\/+$/, '') ?? (await startLocalProduct());
  await waitUntilCaughtUp(url);
  const scores = await runQueries(url);
  report(url, scores);
} catch (error) {
  console.error(`\neval:search failed: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  for (const stop of cleanup.reverse()) await stop();
}

function loadRelevanceSet(): RelevanceQuery[] {
  const parsed = JSON.parse(readFileSync(new URL('./search/relevance.json', import.meta.url), 'utf8')) as RelevanceQuery[];
  for (const q of parsed) {
    if (typeof q.id !== 'string' || typeof q.query !== 'string' || !Array.isArray(q.judgments) || q.judgments.length === 0) {
      throw new TypeError(`relevance.json: malformed entry ${JSON.stringify(q).slice(0, 120)}`);
    }
  }
  return parsed;
}

async function startLocalProduct(): Promise<string> {
  const database = await benchDatabase('mg_eval_search');
  cleanup.push(() => database.drop());
  const port = await freePort();
  const product = await startProcess(repoPath('router/src/main.ts'), port, {
    DATABASE_URL: database.url,
    HOST: '127.0.0.1',
    PORT: String(port),
    ROUTER_MODE: 'embedded',
    // Shared with `npm start` and the tests, so the built-in static model is built once.
    EMBEDDING_CACHE_DIR: repoPath('.data/models'),
    // Every query is measured against the index, never against an earlier answer.
    SEARCH_CACHE_TTL_SECONDS: '0',
    // Hundreds of anonymous searches from one address would otherwise hit the anonymous rate limit.
    RATE_LIMIT_ENABLED: 'false',
    LOG_LEVEL: 'warn',
  });
  cleanup.push(() => product.stop());
  return product.url;
}

/** Polls `/health` until discovery reports its read model caught up with the catalogue, printing progress. */
async function waitUntilCaughtUp(url: string): Promise<void> {
  const started = Date.now();
  let lastPrinted = 0;
  let health: Health | undefined;
  let lastError = '';
  for (;;) {
    try {
      health = (await (await fetch(`${url}/health`, { signal: AbortSignal.timeout(10_000) })).json()) as Health;
    } catch (error) {
      // EVAL_URL may point at a product that is still starting; keep asking until the deadline.
      lastError = (error as Error).message;
    }
    const index = health?.discovery?.index;
    if (index?.caughtUp === true) {
      console.error(`discovery index caught up: ${index.documents} documents, ${index.vectors} vectors (${seconds(started)} s)`);
      return;
    }
    if (Date.now() - started > CAUGHT_UP_TIMEOUT_MS) {
      const last = health ? JSON.stringify(health.discovery ?? null) : `no answer (${lastError})`;
      throw new Error(`discovery did not catch up within ${CAUGHT_UP_TIMEOUT_MS / 1000} s (last /health: ${last})`);
    }
    if (Date.now() - lastPrinted >= 10_000) {
      lastPrinted = Date.now();
      console.error(index ? `waiting for discovery: ${index.documents ?? 0} documents, ${index.vectors ?? 0} vectors (${seconds(started)} s)` : `waiting for discovery to report on /health (${seconds(started)} s)`);
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

async function runQueries(url: string): Promise<Map<Strategy, Map<string, QueryScore>>> {
  const scores = new Map<Strategy, Map<string, QueryScore>>(STRATEGIES.map((s) => [s, new Map()]));
  for (const q of set) {
    for (const strategy of STRATEGIES) {
      scores.get(strategy)!.set(q.id, scoreQuery(K, await search(url, q.query, strategy), q.judgments));
    }
  }
  return scores;
}

async function search(url: string, query: string, strategy: Strategy): Promise<RankedTitle[]> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: SEARCH, variables: { q: query, s: strategy } }),
    signal: AbortSignal.timeout(SEARCH_TIMEOUT_MS),
  });
  const body = (await response.json().catch(() => ({}))) as {
    data?: { search?: { hits: Array<{ title: RankedTitle }> } } | null;
    errors?: Array<{ message: string }>;
  };
  if (!response.ok || body.errors?.length || !body.data?.search) {
    throw new Error(`${strategy} search for ${JSON.stringify(query)} answered HTTP ${response.status}: ${JSON.stringify(body.errors ?? body).slice(0, 300)}`);
  }
  return body.data.search.hits.map((hit) => hit.title);
}

function summarize(scores: Map<string, QueryScore>, queries: readonly RelevanceQuery[]): Summary {
  const rows = queries.map((q) => scores.get(q.id)!);
  return {
    ndcg: mean(rows.map((r) => r.ndcg)),
    mrr: mean(rows.map((r) => r.reciprocalRank)),
    zeroResultRate: zeroResultRate(rows.map((r) => r.hits)),
    queries: rows.length,
  };
}

function report(url: string, scores: Map<Strategy, Map<string, QueryScore>>): void {
  const overall = Object.fromEntries(STRATEGIES.map((s) => [s, summarize(scores.get(s)!, set)])) as Record<Strategy, Summary>;
  const kinds = [...new Set(set.map((q) => q.kind))];
  const byKind = Object.fromEntries(
    kinds.map((kind) => {
      const queries = set.filter((q) => q.kind === kind);
      return [kind, { queries: queries.length, ...Object.fromEntries(STRATEGIES.map((s) => [s, summarize(scores.get(s)!, queries).ndcg])) }];
    }),
  ) as Record<string, { queries: number } & Record<Strategy, number>>;
  const ndcgOf = (s: Strategy, id: string) => scores.get(s)!.get(id)!.ndcg;
  const perQuery = set.map((q) => {
    const best: Strategy = ndcgOf('KEYWORD', q.id) >= ndcgOf('VECTOR', q.id) ? 'KEYWORD' : 'VECTOR';
    return { q, best, delta: ndcgOf('HYBRID', q.id) - ndcgOf(best, q.id) };
  });
  const losses = perQuery.filter((row) => row.delta < 0).sort((a, b) => a.delta - b.delta).slice(0, 10);
  const hybridBeatsBoth = overall.HYBRID.ndcg > overall.KEYWORD.ndcg && overall.HYBRID.ndcg > overall.VECTOR.ndcg;

  print(`\nsearch relevance: ${set.length} hand-judged queries, top ${K} hits, ${url}\n`);
  print(`${'strategy'.padEnd(10)}${'nDCG@10'.padStart(9)}${'MRR'.padStart(9)}${'zero-result rate'.padStart(19)}${'queries'.padStart(9)}`);
  for (const s of STRATEGIES) {
    const o = overall[s];
    print(`${s.padEnd(10)}${fixed(o.ndcg)}${fixed(o.mrr)}${`${(o.zeroResultRate * 100).toFixed(1)}%`.padStart(19)}${String(o.queries).padStart(9)}`);
  }
  print(`\nnDCG@10 by kind of query\n${'kind'.padEnd(14)}${'queries'.padStart(8)}${STRATEGIES.map((s) => s.padStart(9)).join('')}`);
  for (const kind of kinds) {
    const row = byKind[kind]!;
    print(`${kind.padEnd(14)}${String(row.queries).padStart(8)}${STRATEGIES.map((s) => fixed(row[s])).join('')}`);
  }
  print(`\nwhere hybrid loses most to the better single method (nDCG@10)`);
  if (losses.length === 0) print('  none: hybrid is at least as good as keyword and vector on every query');
  for (const { q, best, delta } of losses) {
    print(`  ${q.id} ${JSON.stringify(q.query).padEnd(52)} hybrid ${ndcgOf('HYBRID', q.id).toFixed(3)}  ${best.toLowerCase()} ${ndcgOf(best, q.id).toFixed(3)}  (${delta.toFixed(3)})`);
  }
  print(
    `\nhybrid ${hybridBeatsBoth ? 'BEATS' : 'DOES NOT BEAT'} both single methods on nDCG@10 ` +
      `(hybrid ${overall.HYBRID.ndcg.toFixed(3)}, keyword ${overall.KEYWORD.ndcg.toFixed(3)}, vector ${overall.VECTOR.ndcg.toFixed(3)})`,
  );

  if (json) {
    const queries = set.map((q) => ({
      id: q.id,
      query: q.query,
      kind: q.kind,
      ...Object.fromEntries(STRATEGIES.map((s) => [s, scores.get(s)!.get(q.id)])),
    }));
    console.log(JSON.stringify({ url, k: K, strategies: overall, byKind, hybridBeatsBoth, queries }, null, 2));
  }
}

function fixed(value: number): string {
  return value.toFixed(3).padStart(9);
}

function seconds(since: number): string {
  return ((Date.now() - since) / 1000).toFixed(0);
}

