import * as ort from 'onnxruntime-node';
import { RecommenderError } from '../errors.js';
import { buildScoringGraph, SCORING_GRAPH } from './buildScoringGraph.js';
import { checkK, checkQuery, itemCountOf } from './checkScoringInput.js';
import type { OnnxScorer, OnnxScorerOptions, ScoredItems } from './Scorer.js';

const DEFAULT_K = 256;

/** One built session and the matrix it was built from (kept to rebuild it with a larger k). */
interface Loaded {
  session: ort.InferenceSession;
  itemMatrix: Float32Array;
  itemCount: number;
  /** The k baked into the graph, ≤ itemCount. */
  k: number;
  inFlight: number;
  retired: boolean;
  /** Settles once the session is released (retired and no call left on it). */
  released: Promise<void>;
  release: () => void;
}

/**
 * Scores through ONNX Runtime with the graph from `buildScoringGraph`. Exclusions are applied after TopK: each call
 * asks for min(N, k + |exclude|) items and drops the excluded ones, so however many of them rank high the list
 * still holds k items (or every item left, when fewer remain).
 *
 * Sessions are swapped, never mutated: `reload` (a retrained model) and a capacity increase build a new session and
 * install it in one assignment; a call holds the session it started on until it finishes, and a retired session is
 * released when its last call returns. Both go through one queue, so they apply in call order.
 *
 * The matrix is referenced, not copied (ONNX Runtime holds its own copy; keeping ours lets the session be rebuilt
 * with a larger k): treat it as immutable and pass a new array to `reload`.
 */
export async function createOnnxScorer(itemMatrix: Float32Array, dims: number, options: OnnxScorerOptions = {}): Promise<OnnxScorer> {
  let capacity = options.k ?? DEFAULT_K;
  if (!Number.isInteger(capacity) || capacity < 1) throw new TypeError(`options.k must be a positive integer, got ${capacity}`);
  let current = await load(itemMatrix, dims, capacity);
  let closed = false;
  let closing: Promise<void> | undefined;
  let queue: Promise<unknown> = Promise.resolve();
  const zeros = new Float32Array(dims);

  const exclusive = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task);
    queue = run.catch(() => undefined);
    return run;
  };
  const install = (next: Loaded) => {
    const previous = current;
    current = next;
    retire(previous);
  };
  const closedError = () => new RecommenderError('SCORER_CLOSED', 'the ONNX scorer is closed');

  return {
    get itemCount() {
      return current.itemCount;
    },
    dims,

    async topK(user: Float32Array, delta: Float32Array | undefined, k: number, exclude?: ReadonlySet<number>): Promise<ScoredItems> {
      checkK(k);
      checkQuery(user, delta, dims);
      if (closed) throw closedError();
      const want = k + (exclude?.size ?? 0);
      if (Math.min(want, current.itemCount) > current.k) {
        await exclusive(async () => {
          if (closed || Math.min(want, current.itemCount) <= current.k) return;
          // Doubling keeps the number of rebuilds logarithmic when exclusion lists keep growing.
          capacity = Math.max(want, 2 * capacity);
          install(await load(current.itemMatrix, dims, capacity));
        });
        if (closed) throw closedError();
      }
      // No await between reading `current` and counting the call, so a swap can't release it under us.
      const loaded = current;
      loaded.inFlight++;
      try {
        const output = await loaded.session.run({
          [SCORING_GRAPH.user]: new ort.Tensor('float32', user, [1, dims]),
          [SCORING_GRAPH.delta]: new ort.Tensor('float32', delta ?? zeros, [1, dims]),
        });
        return firstNotExcluded(output[SCORING_GRAPH.indices]!.data as BigInt64Array, output[SCORING_GRAPH.scores]!.data as Float32Array, k, exclude);
      } finally {
        loaded.inFlight--;
        if (loaded.retired && loaded.inFlight === 0) loaded.release();
      }
    },

    async reload(next: Float32Array): Promise<void> {
      itemCountOf(next, dims);
      await exclusive(async () => {
        if (closed) throw closedError();
        const loaded = await load(next, dims, capacity);
        if (closed) {
          await loaded.session.release();
          throw closedError();
        }
        install(loaded);
      });
    },

    close(): Promise<void> {
      closed = true;
      // After any reload or rebuild already queued, so the session it installs is the one retired here; resolves
      // once calls in flight have finished and the session is released.
      closing ??= exclusive(async () => {
        retire(current);
        await current.released;
      });
      return closing;
    },
  };
}

async function load(itemMatrix: Float32Array, dims: number, capacity: number): Promise<Loaded> {
  const itemCount = itemCountOf(itemMatrix, dims);
  const k = Math.min(capacity, itemCount);
  const session = await ort.InferenceSession.create(buildScoringGraph(itemMatrix, dims, k));
  let release!: () => void;
  const released = new Promise<void>((resolve) => {
    let started = false;
    release = () => {
      if (started) return;
      started = true;
      // A failed release leaks native memory but must not fail the call that happened to finish last.
      session.release().catch(() => undefined).then(resolve, resolve);
    };
  });
  return { session, itemMatrix, itemCount, k, inFlight: 0, retired: false, released, release };
}

function retire(loaded: Loaded): void {
  loaded.retired = true;
  if (loaded.inFlight === 0) loaded.release();
}

function firstNotExcluded(indices: BigInt64Array, scores: Float32Array, k: number, exclude: ReadonlySet<number> | undefined): ScoredItems {
  const outIndices = new Int32Array(Math.min(k, indices.length));
  const outScores = new Float32Array(outIndices.length);
  let count = 0;
  for (let i = 0; i < indices.length && count < outIndices.length; i++) {
    const index = Number(indices[i]);
    if (exclude?.has(index)) continue;
    outIndices[count] = index;
    outScores[count++] = scores[i]!;
  }
  if (count === outIndices.length) return { indices: outIndices, scores: outScores };
  return { indices: outIndices.slice(0, count), scores: outScores.slice(0, count) };
}
