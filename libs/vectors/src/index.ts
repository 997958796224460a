export { HnswVectorIndex } from './HnswVectorIndex.js';
export { QdrantVectorIndex } from './QdrantVectorIndex.js';
export { createVectorIndex } from './createVectorIndex.js';
export {
  VECTOR_ERROR_CODES,
  VectorBackendUnavailableError,
  VectorDimensionsMismatchError,
  VectorIndexClosedError,
  VectorIndexCorruptError,
  VectorIndexError,
} from './errors.js';

export type {
  FilterCondition,
  NumericRange,
  Payload,
  PayloadValue,
  SearchHit,
  SearchOptions,
  StoredPoint,
  VectorFilter,
  VectorIndex,
  VectorIndexDescription,
  VectorInput,
  VectorPoint,
} from './VectorIndex.js';
export type { HnswVectorIndexOptions } from './HnswVectorIndex.js';
export type { QdrantVectorIndexOptions } from './QdrantVectorIndex.js';
export type { CreateVectorIndexOptions } from './createVectorIndex.js';
export type { AnyVectorIndexError, VectorIndexErrorCode } from './errors.js';
