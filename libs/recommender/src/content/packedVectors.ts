import { RecommenderError } from '../errors.js';
import type { CatalogItem } from './CatalogItem.js';

/**
 * A catalogue's content vectors as one sparse matrix (CSR: item i's non-zeros are `values[rowPtr[i] … rowPtr[i+1])`
 * at dimensions `columns[…]`), and per-exponent popularity priors, built once per array.
 */
export interface PackedVectors {
  dims: number;
  rowPtr: Int32Array;
  columns: Int32Array;
  values: Float32Array;
  /** 1 where the item has a vector. */
  present: Uint8Array;
  /** `max(popularity, 1e-6) ^ exponent` per item, by exponent. */
  priors: Map<number, Float64Array>;
}

const packed = new WeakMap<readonly CatalogItem[], PackedVectors>();

/**
 * The content vectors of `items`, packed on first use and cached for the array. Metadata vectors are mostly zeros
 * (a few genres, one decade, one type, a director bucket of ~45 dimensions), so a dot product over the non-zeros
 * alone is several times cheaper than over every dimension, and scoring 10k+ items per request is the content
 * source's whole cost. The cache assumes what the
 * models already assume, that a catalogue array and its vectors are not changed once built (a rebuilt catalogue is a
 * new array). Throws `DIMENSION_MISMATCH` when the items' vectors do not all have one size, or differ from `dims`.
 */
export function packedVectors(items: readonly CatalogItem[], dims: number): PackedVectors {
  let entry = packed.get(items);
  if (!entry) {
    const size = items.find((item) => item.vector)?.vector?.length ?? 0;
    const rowPtr = new Int32Array(items.length + 1);
    const columns: number[] = [];
    const values: number[] = [];
    const present = new Uint8Array(items.length);
    items.forEach((item, index) => {
      const vector = item.vector;
      if (vector) {
        if (vector.length !== size) throw new RecommenderError('DIMENSION_MISMATCH', `item ${index} has a ${vector.length}-d vector, others are ${size}-d`);
        present[index] = 1;
        for (let d = 0; d < size; d++) {
          if (vector[d] !== 0) {
            columns.push(d);
            values.push(vector[d]!);
          }
        }
      }
      rowPtr[index + 1] = columns.length;
    });
    entry = { dims: size, rowPtr, columns: Int32Array.from(columns), values: Float32Array.from(values), present, priors: new Map() };
    packed.set(items, entry);
  }
  if (entry.dims !== dims) {
    const index = entry.present.indexOf(1);
    throw new RecommenderError('DIMENSION_MISMATCH', `item ${index} has a ${entry.dims}-d vector, the profile is ${dims}-d`);
  }
  return entry;
}

/** `max(popularity, 1e-6) ^ exponent` per item: a title of popularity 0 keeps its cosine in the ordering. */
export function popularityPrior(items: readonly CatalogItem[], vectors: PackedVectors, exponent: number): Float64Array {
  let prior = vectors.priors.get(exponent);
  if (!prior) {
    prior = Float64Array.from(items, (item) => Math.max(item.popularity, 1e-6) ** exponent);
    vectors.priors.set(exponent, prior);
  }
  return prior;
}
