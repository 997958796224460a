import type { VectorInput } from '../VectorIndex.js';

/** Qdrant's own ceiling for a dense vector; hnswlib has none, but an index must be portable between the two. */
export const MAX_DIMENSIONS = 65_536;

export function checkDimensions(dimensions: unknown, name = 'dimensions'): number {
  if (typeof dimensions !== 'number' || !Number.isInteger(dimensions) || dimensions < 1 || dimensions > MAX_DIMENSIONS) {
    throw new TypeError(`${name} must be an integer between 1 and ${MAX_DIMENSIONS}, got ${String(dimensions)}`);
  }
  return dimensions;
}

/**
 * Copies a vector into a plain array (hnswlib's binding accepts only `Array`, and Qdrant needs JSON), checking its
 * length and values. A zero vector is refused: it has no direction, so its cosine similarity to anything is
 * undefined, and the two engines would disagree about it (hnswlib divides by a tiny epsilon, Qdrant by zero).
 */
export function toVector(input: VectorInput, dimensions: number, name: string): number[] {
  if (!(Array.isArray(input) || input instanceof Float32Array)) {
    throw new TypeError(`${name} must be an array of numbers or a Float32Array`);
  }
  if (input.length !== dimensions) {
    throw new TypeError(`${name} has ${input.length} dimensions, but the index has dimensions: ${dimensions}`);
  }
  const vector = new Array<number>(dimensions);
  let norm = 0;
  for (let i = 0; i < dimensions; i++) {
    const value = input[i];
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      throw new TypeError(`${name}[${i}] must be a finite number, got ${String(value)}`);
    }
    vector[i] = value;
    norm += value * value;
  }
  if (norm === 0) throw new TypeError(`${name} is the zero vector, which has no direction to compare by cosine`);
  return vector;
}

/** The unit vector in the same direction, as both engines store it. */
export function normalize(vector: readonly number[]): Float32Array {
  let norm = 0;
  for (const value of vector) norm += value * value;
  norm = Math.sqrt(norm);
  const unit = new Float32Array(vector.length);
  for (let i = 0; i < vector.length; i++) unit[i] = vector[i]! / norm;
  return unit;
}
