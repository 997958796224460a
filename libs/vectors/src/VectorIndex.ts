/**
 * A nearest-neighbour index over fixed-size vectors with string ids and a small flat payload per point. Embedded
 * mode uses the in-process HNSW adapter (persisted under `.data/vectors/<collection>/`); production uses Qdrant so
 * replicas share one index. Both pass the same contract suite (`tests/vectorIndexContract.ts`), so a caller (title
 * search today, title and user vectors for recommendations later) never needs to know which one it has.
 *
 * Similarity is cosine for both adapters and `score` is the cosine similarity itself, in [-1, 1], higher is closer:
 * a score threshold chosen against one adapter means the same against the other.
 */
export interface VectorIndex {
  readonly kind: 'hnsw' | 'qdrant';
  /** Length every vector written or searched must have. */
  readonly dimensions: number;
  /**
   * Inserts or replaces points. Every point is validated before anything is written, so a bad point rejects the
   * whole call with a `TypeError` naming it and leaves the index unchanged. When an id appears twice in one call
   * the last one wins. Resolves once a following `search` sees the points (read-after-write).
   */
  upsert(points: readonly VectorPoint[]): Promise<void>;
  /** Removes points; unknown ids are ignored. Resolves once a following `search` no longer returns them. */
  delete(ids: readonly string[]): Promise<void>;
  /**
   * The `limit` points most similar to `vector` that satisfy `filter`, best first. Returns fewer than `limit` only
   * when fewer points match: a selective filter never starves the result (see each adapter for how).
   */
  search(vector: VectorInput, options: SearchOptions): Promise<SearchHit[]>;
  /** The stored point, its vector normalized to unit length (both adapters keep only the direction), or undefined. */
  get(id: string): Promise<StoredPoint | undefined>;
  /** Number of live points. */
  count(): Promise<number>;
  /** What `/health` shows about the index. */
  describe(): Promise<VectorIndexDescription>;
  /** Makes every acknowledged write durable (the HNSW adapter writes its files; Qdrant already has). */
  flush(): Promise<void>;
  /** Flushes, then releases the index; later calls reject. */
  close(): Promise<void>;
}

/** A plain array or a `Float32Array` (what ONNX Runtime hands back); both are copied, never kept. */
export type VectorInput = Float32Array | readonly number[];

/** Flat on purpose: exactly what both engines can filter on without nested paths. */
export type PayloadValue = string | number | boolean | string[];

/**
 * Keys match `^[A-Za-z][A-Za-z0-9_]*$`: no dots (Qdrant would read `a.b` as a nested path) and no leading
 * underscore (reserved: the Qdrant adapter keeps the original id under `_id`).
 */
export type Payload = Record<string, PayloadValue>;

export interface VectorPoint {
  id: string;
  vector: VectorInput;
  payload?: Payload;
}

/**
 * One condition on a payload field. A point whose field is missing never matches. On a `string[]` field, `equals`
 * and `in` match when any element matches (Qdrant's array semantics). Numbers in `equals` and `in` must be
 * integers, as Qdrant matches only integers exactly; filter a float with `range: { gte: x, lte: x }`.
 */
export type FilterCondition =
  | { field: string; equals: string | number | boolean }
  | { field: string; in: readonly string[] | readonly number[] }
  | { field: string; range: NumericRange };

/** At least one bound; all given bounds must hold. */
export interface NumericRange {
  gt?: number;
  gte?: number;
  lt?: number;
  lte?: number;
}

/** Every condition must hold (AND). An empty list matches every point. */
export type VectorFilter = readonly FilterCondition[];

export interface SearchOptions {
  /** Positive integer: how many hits at most. */
  limit: number;
  filter?: VectorFilter;
}

export interface SearchHit {
  id: string;
  /** Cosine similarity to the query, in [-1, 1]; higher is closer. */
  score: number;
}

export interface StoredPoint {
  id: string;
  /** Unit length. */
  vector: Float32Array;
  payload: Payload;
}

export interface VectorIndexDescription {
  kind: 'hnsw' | 'qdrant';
  dimensions: number;
  /** Live points. */
  size: number;
  /** Qdrant collection name, or the HNSW adapter's directory name when it persists. */
  collection?: string;
  /** HNSW only: how many points fit before the next resize (deleted slots are reused first). */
  capacity?: number;
  /** HNSW only: where the index is persisted, when it is. */
  directory?: string;
}
