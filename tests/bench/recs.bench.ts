// npm run bench:recs — the personalisation hot path of issue 7, in process, no database and no router.
//
// Per request: the user's adapter delta (adapterDelta), top 100 of every item by (user + delta) · item with the
// user's 50 watched titles excluded (Scorer.topK, through ONNX Runtime and through the TypeScript loop, alternating
// request by request in the same run), then MMR (λ 0.7) down to 20 over those 100. For 10k and 100k items, on the
// real catalogue's vectors (tests/bench/recs/catalogueVectors.ts): the 64-d ALS item factors (§5) trained on the
// evaluation's simulated viewers, and the titles' 256-d text embeddings; 10k = the first 10k titles, 100k = those
// replicated ten times with noise. Then the adapter update (trainAdapter: 20 examples, 5 iterations; and the full
// updateAdapterWithRollback), ALS fold-in of one user, and ALS training (trainImplicitAls, §5 defaults) on a large
// and a small synthetic matrix. The whole served pipeline per list (every source, merge, MMR) is timed by eval:recs.
// BENCH_RECS_SAMPLES (default 500) requests per configuration; the target is §5's personalisation p95 < 5 ms.
import {
  adapterDelta,
  buildFeedbackMatrix,
  createAdapter,
  createOnnxScorer,
  createTsScorer,
  foldInUser,
  mmr,
  trainAdapter,
  trainImplicitAls,
  updateAdapterWithRollback,
  type AdapterExample,
  type AlsModel,
  type LowRankAdapter,
  type ScoredItems,
  type Scorer,
} from '@media-gateway/recommender';
import { catalogueVectors, firstRows, type VectorSet } from './recs/catalogueVectors.js';
import { replicateWithNoise } from './recs/replicateWithNoise.js';
import { seededRandom } from './recs/seededRandom.js';
import { syntheticFeedback } from './recs/syntheticFeedback.js';
import { latencyStats, type LatencyStats } from './support/latencyStats.js';

const SAMPLES = positiveInteger('BENCH_RECS_SAMPLES', 500);
const TARGET_P95_MS = 5;
const CANDIDATES = 100;
const RESULTS = 20;
const WATCHED = 50;
const USERS = 64;
const WARMUP = 30;
const BASE_ITEMS = 10_000;
const REPLICAS = 10;
const ALS_RUNS = [
  { name: 'large', users: 10_000, items: 11_000, perUser: 30 },
  { name: 'small', users: 2_000, items: 2_500, perUser: 25 },
];

function positiveInteger(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive integer, got "${raw}"`);
  return value;
}

const progress = (message: string) => process.stderr.write(`[bench:recs] ${message}\n`);
const ms = (value: number) => (Number.isNaN(value) ? '—' : value < 10 ? value.toFixed(2) : value.toFixed(1));
const timed = <T>(run: () => T): { value: T; ms: number } => {
  const start = performance.now();
  const value = run();
  return { value, ms: performance.now() - start };
};

interface BenchUser {
  vector: Float32Array;
  adapter: LowRankAdapter;
  watched: Set<number>;
}

/** Users near a random item (so their top items are a real cluster), 50 watched titles each, a trained adapter. */
function benchUsers(items: Float32Array, dims: number, seed: number): BenchUser[] {
  const random = seededRandom(seed);
  const itemCount = items.length / dims;
  const row = (i: number) => items.subarray(i * dims, (i + 1) * dims);
  return Array.from({ length: USERS }, (_, u) => {
    const anchor = row(random.int(itemCount));
    const vector = Float32Array.from(anchor, (x) => x + random.normal() / Math.sqrt(dims) / 2);
    const watched = new Set<number>();
    while (watched.size < WATCHED) watched.add(random.int(itemCount));
    const examples: AdapterExample[] = [
      ...[...watched].slice(0, 10).map((i) => ({ item: row(i), label: 1 as const })),
      ...Array.from({ length: 10 }, () => ({ item: row(random.int(itemCount)), label: 0 as const })),
    ];
    // A larger step than §5's 0.001 so the delta is visibly non-zero; the cost of applying it is the same.
    const adapter = trainAdapter(createAdapter(dims, { seed: u + 1 }), vector, examples, { learningRate: 0.05, now: 1 });
    return { vector, adapter, watched };
  });
}

interface Stages {
  total: number[];
  delta: number[];
  topK: number[];
  mmr: number[];
}

async function personalise(scorer: Scorer, items: Float32Array, dims: number, user: BenchUser, stages?: Stages): Promise<number[]> {
  const t0 = performance.now();
  const delta = adapterDelta(user.adapter, user.vector);
  const t1 = performance.now();
  const scored = await scorer.topK(user.vector, delta, CANDIDATES, user.watched);
  const t2 = performance.now();
  // MMR trades relevance against cosine directly, so relevance goes to [0, 1] first, as the hybrid's merged scores do.
  const worst = scored.scores[scored.scores.length - 1] ?? 0;
  const range = (scored.scores[0] ?? 0) - worst || 1;
  const candidates = Array.from(scored.indices, (index, i) => ({
    index,
    relevance: (scored.scores[i]! - worst) / range,
    vector: items.subarray(index * dims, (index + 1) * dims),
  }));
  const picks = mmr(candidates, RESULTS, 0.7);
  const t3 = performance.now();
  if (stages) {
    stages.total.push(t3 - t0);
    stages.delta.push(t1 - t0);
    stages.topK.push(t2 - t1);
    stages.mmr.push(t3 - t2);
  }
  return picks.map((pick) => pick.index);
}

interface ScoringRow {
  dims: number;
  items: number;
  engine: 'onnx' | 'ts';
  total: LatencyStats;
  delta: number;
  topK: number;
  mmr: number;
}

async function scoringRuns(sets: readonly VectorSet[]): Promise<{ rows: ScoringRow[]; builds: string[]; agreement: string[] }> {
  const rows: ScoringRow[] = [];
  const builds: string[] = [];
  const agreement: string[] = [];
  for (const set of sets) {
    const { dims } = set;
    const base = firstRows(set, BASE_ITEMS);
    for (const items of [base, replicateWithNoise(base, dims, REPLICAS, { seed: dims + 1 })]) {
      const itemCount = items.length / dims;
      progress(`scoring: ${itemCount} items × ${dims} dims`);
      const users = benchUsers(items, dims, itemCount + dims);
      const ts = createTsScorer(items, dims);
      const built = performance.now();
      const onnx = await createOnnxScorer(items, dims, { k: CANDIDATES + WATCHED });
      builds.push(`${String(dims).padStart(4)}${String(itemCount).padStart(9)}   ${ms(performance.now() - built)} ms`);
      try {
        const verdicts = { exact: 0, nearTies: 0, different: 0 };
        for (const user of users) {
          const delta = adapterDelta(user.adapter, user.vector);
          const [a, b] = await Promise.all([onnx.topK(user.vector, delta, CANDIDATES, user.watched), ts.topK(user.vector, delta, CANDIDATES, user.watched)]);
          verdicts[compareTopK(a, b)]++;
        }
        agreement.push(
          `${String(dims).padStart(4)}${String(itemCount).padStart(9)}${String(verdicts.exact).padStart(8)}${String(verdicts.nearTies).padStart(12)}${String(verdicts.different).padStart(12)}`,
        );

        const engines = { onnx: newStages(), ts: newStages() };
        for (let i = 0; i < WARMUP; i++) {
          await personalise(onnx, items, dims, users[i % USERS]!);
          await personalise(ts, items, dims, users[i % USERS]!);
        }
        // Alternate which engine goes first so neither always runs on caches the other just warmed.
        for (let i = 0; i < SAMPLES; i++) {
          const user = users[i % USERS]!;
          const order = i % 2 === 0 ? (['onnx', 'ts'] as const) : (['ts', 'onnx'] as const);
          for (const engine of order) await personalise(engine === 'onnx' ? onnx : ts, items, dims, user, engines[engine]);
        }
        for (const engine of ['onnx', 'ts'] as const) {
          const s = engines[engine];
          rows.push({ dims, items: itemCount, engine, total: latencyStats(s.total), delta: latencyStats(s.delta).p50, topK: latencyStats(s.topK).p50, mmr: latencyStats(s.mmr).p50 });
        }
      } finally {
        await onnx.close();
      }
    }
  }
  return { rows, builds, agreement };
}

const newStages = (): Stages => ({ total: [], delta: [], topK: [], mmr: [] });

/**
 * `exact`: same indices, scores within 1e-4. `nearTies`: scores within 1e-4 at every rank and indices differ only where
 * the two scores are within 1e-5 — items a float32 rounding apart, which ONNX Runtime (float32 sums in its own order)
 * and the TS loop (double sums) may order either way. `different`: anything else, a bug.
 */
function compareTopK(a: ScoredItems, b: ScoredItems): 'exact' | 'nearTies' | 'different' {
  if (a.indices.length !== b.indices.length) return 'different';
  let verdict: 'exact' | 'nearTies' = 'exact';
  for (let i = 0; i < a.indices.length; i++) {
    const gap = Math.abs(a.scores[i]! - b.scores[i]!);
    if (gap >= 1e-4) return 'different';
    if (a.indices[i] === b.indices[i]) continue;
    if (gap >= 1e-5) return 'different';
    verdict = 'nearTies';
  }
  return verdict;
}

function adapterRuns(sets: readonly VectorSet[]): string[] {
  const lines: string[] = [];
  for (const set of sets) {
    const { dims } = set;
    progress(`adapter updates: ${dims} dims`);
    const items = firstRows(set, 2_000);
    const users = benchUsers(items, dims, 99);
    const random = seededRandom(dims);
    const example = (label: 0 | 1): AdapterExample => {
      const i = random.int(2_000);
      return { item: items.subarray(i * dims, (i + 1) * dims), label };
    };
    const train = Array.from({ length: 20 }, (_, i) => example(i % 2 === 0 ? 1 : 0));
    const heldOut = Array.from({ length: 5 }, (_, i) => example(i % 2 === 0 ? 1 : 0));
    const plain: number[] = [];
    const checked: number[] = [];
    for (let i = 0; i < WARMUP + SAMPLES; i++) {
      const user = users[i % USERS]!;
      const fresh = createAdapter(dims, { seed: i + 1 });
      const a = timed(() => trainAdapter(fresh, user.vector, train, { iterations: 5 }));
      const b = timed(() => updateAdapterWithRollback(fresh, user.vector, train, heldOut, { now: 1_000_000 + i }));
      if (i >= WARMUP) {
        plain.push(a.ms);
        checked.push(b.ms);
      }
    }
    for (const [name, samples] of [['trainAdapter (20 examples, 5 iterations)', plain], ['updateAdapterWithRollback (+ held-out check)', checked]] as const) {
      const s = latencyStats(samples);
      lines.push(`${String(dims).padStart(4)}   ${name.padEnd(46)}${ms(s.p50).padStart(8)}${ms(s.p95).padStart(8)}${ms(s.p99).padStart(8)}`);
    }
  }
  return lines;
}

function alsRuns(): { lines: string[]; foldIn: string } {
  const lines: string[] = [];
  let largest: AlsModel | undefined;
  for (const run of ALS_RUNS) {
    progress(`ALS ${run.name}: ${run.users} users × ${run.items} items`);
    const entries = syntheticFeedback(run);
    const itemIds = Array.from({ length: run.items }, (_, i) => `i${i}`);
    const matrix = buildFeedbackMatrix(entries, itemIds);
    const nonzeros = matrix.values.length;
    const sweeps: number[] = [];
    let last = performance.now();
    const trained = timed(() =>
      trainImplicitAls(matrix, {
        onIteration: () => {
          const now = performance.now();
          sweeps.push(now - last);
          last = now;
        },
      }),
    );
    largest ??= trained.value;
    const perSweep = sweeps.reduce((sum, x) => sum + x, 0) / sweeps.length;
    lines.push(
      `${run.name.padEnd(7)}${String(matrix.userIds.length).padStart(7)}${String(run.items).padStart(8)}${String(nonzeros).padStart(10)}${(trained.ms / 1000).toFixed(1).padStart(10)} s${(perSweep / 1000).toFixed(2).padStart(10)} s`,
    );
  }
  const model = largest!;
  const random = seededRandom(17);
  const foldIns: number[] = [];
  for (let i = 0; i < WARMUP + SAMPLES; i++) {
    const row = Array.from({ length: 30 }, () => ({ itemIndex: random.int(model.itemIds.length), value: 1 + random.next() }));
    const t = timed(() => foldInUser(model, row));
    if (i >= WARMUP) foldIns.push(t.ms);
  }
  const f = latencyStats(foldIns);
  return { lines, foldIn: `foldInUser (30 events, ${model.factors} factors, ${model.itemIds.length} items): p50 ${ms(f.p50)} ms, p95 ${ms(f.p95)} ms, p99 ${ms(f.p99)} ms` };
}

const sets = await catalogueVectors(progress);
const scoring = await scoringRuns(sets);
const adapters = adapterRuns(sets);
const als = alsRuns();

console.log(`\nrecommendations benchmark: ${SAMPLES} requests per configuration, one at a time, in process (Node ${process.version})`);
console.log(`vectors: the catalogue's — ${sets.map((set) => `${set.name} (${set.dims} d, ${set.count} titles)`).join(', ')}; 10k = the first 10k, 100k = those replicated 10× with noise`);
console.log(`request: adapterDelta (rank 8) + topK(${CANDIDATES} of N, ${WATCHED} watched excluded) + MMR(λ 0.7, ${RESULTS} of ${CANDIDATES})`);

console.log('\npersonalisation latency per request (ms)');
console.log('dims    items  engine    p50     p95     p99   | p50: delta    topK     mmr   | p95 < 5 ms');
for (const r of scoring.rows) {
  console.log(
    `${String(r.dims).padStart(4)}${String(r.items).padStart(9)}  ${r.engine.padEnd(6)}${ms(r.total.p50).padStart(7)}${ms(r.total.p95).padStart(8)}${ms(r.total.p99).padStart(8)}   |${ms(r.delta).padStart(11)}${ms(r.topK).padStart(8)}${ms(r.mmr).padStart(8)}   | ${r.total.p95 < TARGET_P95_MS ? 'met' : 'missed'}`,
  );
}
console.log(`\nONNX vs TS top ${CANDIDATES}, per user (exact: same indices, scores within 1e-4; near-ties: order differs only between items < 1e-5 apart)`);
console.log('dims    items   exact  near-ties  different');
for (const line of scoring.agreement) console.log(line);
console.log('\nONNX scorer build (graph encode + session create; what a reload after retraining costs)');
console.log('dims    items   time');
for (const line of scoring.builds) console.log(line);

console.log('\nadapter update (ms)');
console.log(`dims   ${'operation'.padEnd(46)}    p50     p95     p99`);
for (const line of adapters) console.log(line);

console.log('\nALS training (trainImplicitAls, §5 defaults: 64 factors, λ 0.1, α 40, 10 iterations; synthetic clustered feedback)');
console.log('matrix   users   items  nonzeros     total   per iteration');
for (const line of als.lines) console.log(line);
console.log(als.foldIn);
