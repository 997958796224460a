import { checkK, checkQuery, itemCountOf } from './checkScoringInput.js';
import { TopK } from '../lib/TopK.js';
import type { ScoredItems, Scorer } from './Scorer.js';

/**
 * Scores with a plain loop over the item matrix and a bounded min-heap: the reference the ONNX scorer is checked
 * against, and a scorer that needs no native runtime. Dot products are summed in double precision and rounded to
 * float32, so scores match ONNX Runtime's to about 1e-6 for unit-scale vectors.
 *
 * The matrix is used in place, not copied: treat it as immutable and build a new scorer for a retrained model.
 */
export function createTsScorer(itemMatrix: Float32Array, dims: number): Scorer {
  const itemCount = itemCountOf(itemMatrix, dims);
  return {
    itemCount,
    dims,
    // async so that bad input rejects the promise, as the ONNX scorer's does, instead of throwing synchronously.
    async topK(user, delta, k, exclude) {
      checkK(k);
      checkQuery(user, delta, dims);
      return scoreAll(itemMatrix, itemCount, dims, queryVector(user, delta), k, exclude);
    },
  };
}

/** user + delta rounded to float32, the same sum ONNX Runtime's Add produces. */
function queryVector(user: Float32Array, delta: Float32Array | undefined): Float32Array {
  if (!delta) return user;
  const query = new Float32Array(user.length);
  for (let j = 0; j < user.length; j++) query[j] = user[j]! + delta[j]!;
  return query;
}

function scoreAll(items: Float32Array, itemCount: number, dims: number, query: Float32Array, k: number, exclude: ReadonlySet<number> | undefined): ScoredItems {
  // A mask instead of `exclude.has(i)` per item: one allocation beats N hash lookups, and it counts only the
  // exclusions that name real items, so the heap is sized to what can actually come back.
  let excluded: Uint8Array | undefined;
  let excludedCount = 0;
  if (exclude && exclude.size > 0) {
    excluded = new Uint8Array(itemCount);
    for (const index of exclude) {
      if (Number.isInteger(index) && index >= 0 && index < itemCount && excluded[index] === 0) {
        excluded[index] = 1;
        excludedCount++;
      }
    }
  }
  const heap = new TopK(Math.min(k, itemCount - excludedCount));
  if (heap.k === 0) return drain(heap);
  const tail = dims - (dims % 4);
  for (let i = 0, base = 0; i < itemCount; i++, base += dims) {
    if (excluded && excluded[i] === 1) continue;
    // Four partial sums break the add dependency chain; V8 then overlaps the multiplies.
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    let j = 0;
    for (; j < tail; j += 4) {
      s0 += query[j]! * items[base + j]!;
      s1 += query[j + 1]! * items[base + j + 1]!;
      s2 += query[j + 2]! * items[base + j + 2]!;
      s3 += query[j + 3]! * items[base + j + 3]!;
    }
    for (; j < dims; j++) s0 += query[j]! * items[base + j]!;
    heap.push(i, Math.fround(s0 + s1 + s2 + s3));
  }
  return drain(heap);
}

/** The kept items best first, as the scorer answers them. */
function drain(heap: TopK): ScoredItems {
  const indices = new Int32Array(heap.size);
  const scores = new Float32Array(heap.size);
  heap.drainInto(indices, scores, 0);
  return { indices, scores };
}
