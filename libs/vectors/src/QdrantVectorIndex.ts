import { QdrantClient } from '@qdrant/js-client-rest';
import type { Schemas } from '@qdrant/js-client-rest';
import { VectorBackendUnavailableError, VectorDimensionsMismatchError, VectorIndexClosedError, VectorIndexCorruptError } from './errors.js';
import { checkCollectionName } from './lib/checkCollectionName.js';
import { checkId, checkIds, checkPayload, checkPoints } from './lib/checkPoints.js';
import { checkSearchOptions } from './lib/checkSearchOptions.js';
import { checkDimensions, toVector } from './lib/checkVector.js';
import { qdrantPointId } from './lib/qdrantPointId.js';
import { filterMatchesNothing, toQdrantFilter } from './lib/toQdrantFilter.js';
import type {
  SearchHit,
  SearchOptions,
  StoredPoint,
  VectorIndex,
  VectorIndexDescription,
  VectorInput,
  VectorPoint,
} from './VectorIndex.js';

export interface QdrantVectorIndexOptions {
  /** @example 'http://qdrant:6333' */
  url: string;
  /** Sent as the `api-key` header. */
  apiKey?: string;
  collection: string;
  dimensions: number;
  /** Points per upsert request; Qdrant's request body limit is 32 MiB by default. @default 256 */
  batchSize?: number;
  /** Per-request deadline in milliseconds. @default 30000 */
  timeoutMs?: number;
}

/** Payload key holding our string id; payload keys we accept from callers cannot start with `_`. */
const ID_KEY = '_id';

/**
 * The production adapter: one Qdrant collection (cosine distance) shared by every replica.
 *
 * The collection is created on first use with the configured size; an existing collection of another size or
 * distance is refused with `ERR_VECTOR_DIMENSIONS_MISMATCH` rather than written to. Point ids are UUIDv5 of our
 * string ids (`qdrantPointId`), so every replica computes the same one; the string id is kept in the payload under
 * `_id`. Writes are sent with `wait: true`: the interface promises read-after-write, which the embedded adapter
 * gives for free. Qdrant's cosine score is the similarity of the normalized vectors, the same scale as the HNSW
 * adapter's.
 */
export class QdrantVectorIndex implements VectorIndex {
  readonly kind = 'qdrant' as const;
  readonly dimensions: number;
  readonly collection: string;
  private readonly client: QdrantClient;
  private readonly batchSize: number;
  private ready: Promise<void> | undefined;
  private closed = false;

  constructor(options: QdrantVectorIndexOptions) {
    if (typeof options.url !== 'string' || !/^https?:\/\//.test(options.url)) {
      throw new TypeError(`url must be an http(s) URL, got ${JSON.stringify(options.url)}`);
    }
    this.collection = checkCollectionName(options.collection);
    this.dimensions = checkDimensions(options.dimensions);
    this.batchSize = options.batchSize ?? 256;
    if (!Number.isInteger(this.batchSize) || this.batchSize < 1) throw new TypeError(`batchSize must be a positive integer, got ${this.batchSize}`);
    this.client = new QdrantClient({
      url: options.url,
      ...(options.apiKey ? { apiKey: options.apiKey } : {}),
      timeout: options.timeoutMs ?? 30_000,
      // The version probe runs unawaited in the constructor and logs to the console; `connect` checks for real.
      checkCompatibility: false,
    });
  }

  /** Makes sure the collection exists with the right size, so a bad configuration fails at boot, not at first search. */
  async connect(): Promise<this> {
    await this.ensureCollection();
    return this;
  }

  async upsert(points: readonly VectorPoint[]): Promise<void> {
    this.assertOpen();
    const checked = checkPoints(points, this.dimensions);
    await this.ensureCollection();
    for (let start = 0; start < checked.length; start += this.batchSize) {
      const batch = checked.slice(start, start + this.batchSize).map((point) => ({
        id: qdrantPointId(point.id),
        vector: point.vector,
        payload: { ...point.payload, [ID_KEY]: point.id },
      }));
      await this.call('upsert points', () => this.client.upsert(this.collection, { wait: true, points: batch }));
    }
  }

  async delete(ids: readonly string[]): Promise<void> {
    this.assertOpen();
    const checked = checkIds(ids);
    if (checked.length === 0) return;
    await this.ensureCollection();
    for (let start = 0; start < checked.length; start += this.batchSize) {
      const points = checked.slice(start, start + this.batchSize).map((id) => qdrantPointId(id));
      await this.call('delete points', () => this.client.delete(this.collection, { wait: true, points }));
    }
  }

  /** Qdrant applies the filter inside its HNSW walk and plans a payload-index scan itself when it is selective. */
  async search(vector: VectorInput, options: SearchOptions): Promise<SearchHit[]> {
    this.assertOpen();
    const query = toVector(vector, this.dimensions, 'vector');
    const { limit, filter } = checkSearchOptions(options);
    if (filter && filterMatchesNothing(filter)) return [];
    await this.ensureCollection();
    const response = await this.call('search', () =>
      this.client.query(this.collection, {
        query,
        limit,
        with_payload: [ID_KEY],
        ...(filter && filter.length > 0 ? { filter: toQdrantFilter(filter) } : {}),
      }),
    );
    return response.points.map((point) => ({ id: this.originalId(point.payload), score: point.score }));
  }

  async get(id: string): Promise<StoredPoint | undefined> {
    this.assertOpen();
    checkId(id, 'id');
    await this.ensureCollection();
    const [record] = await this.call('retrieve a point', () =>
      this.client.retrieve(this.collection, { ids: [qdrantPointId(id)], with_payload: true, with_vector: true }),
    );
    if (!record) return undefined;
    const { [ID_KEY]: _storedId, ...payload } = record.payload ?? {};
    if (!Array.isArray(record.vector) || record.vector.some((value) => typeof value !== 'number')) {
      throw new VectorIndexCorruptError(this.location, `point ${id} has no plain dense vector`);
    }
    return { id, vector: Float32Array.from(record.vector as number[]), payload: checkPayload(payload, `payload of ${id}`) };
  }

  async count(): Promise<number> {
    this.assertOpen();
    await this.ensureCollection();
    const result = await this.call('count points', () => this.client.count(this.collection, { exact: true }));
    return result.count;
  }

  async describe(): Promise<VectorIndexDescription> {
    return { kind: 'qdrant', dimensions: this.dimensions, size: await this.count(), collection: this.collection };
  }

  /** Nothing to do: every write was acknowledged with `wait: true`, after Qdrant's write-ahead log had it. */
  async flush(): Promise<void> {
    this.assertOpen();
  }

  /** The REST client holds no connection of its own beyond undici's keep-alive pool, which idles out. */
  async close(): Promise<void> {
    this.closed = true;
  }

  /** Memoized; a failure is not, so the next call retries (Qdrant may come up after us). */
  private ensureCollection(): Promise<void> {
    this.ready ??= this.createOrCheckCollection().catch((error: unknown) => {
      this.ready = undefined;
      throw error;
    });
    return this.ready;
  }

  private async createOrCheckCollection(): Promise<void> {
    const { exists } = await this.call('check the collection', () => this.client.collectionExists(this.collection));
    if (!exists) {
      try {
        await this.client.createCollection(this.collection, { vectors: { size: this.dimensions, distance: 'Cosine' } });
      } catch (error) {
        // Another replica may have created it between our check and our create; the check below settles it.
        const { exists: nowExists } = await this.call('check the collection', () => this.client.collectionExists(this.collection));
        if (!nowExists) throw new VectorBackendUnavailableError(`create collection ${this.collection}`, { cause: error });
      }
    }
    const info = await this.call('read the collection', () => this.client.getCollection(this.collection));
    const vectors = info.config.params.vectors as Partial<Schemas['VectorParams']> | undefined;
    const stored = vectors && typeof vectors.size === 'number' ? `${vectors.size}-dimensional ${vectors.distance} vectors` : 'named vectors';
    if (vectors?.size !== this.dimensions || vectors.distance !== 'Cosine') {
      throw new VectorDimensionsMismatchError(this.location, stored, `dimensions: ${this.dimensions}, distance Cosine`);
    }
  }

  private async call<T>(operation: string, request: () => Promise<T>): Promise<T> {
    try {
      return await request();
    } catch (error) {
      throw new VectorBackendUnavailableError(`${operation} (collection ${this.collection})`, { cause: error });
    }
  }

  private originalId(payload: Schemas['ScoredPoint']['payload']): string {
    const id = payload?.[ID_KEY];
    if (typeof id !== 'string') throw new VectorIndexCorruptError(this.location, `a point has no string ${ID_KEY} in its payload: not written by this adapter`);
    return id;
  }

  private get location(): string {
    return `qdrant collection ${this.collection}`;
  }

  private assertOpen(): void {
    if (this.closed) throw new VectorIndexClosedError(this.kind);
  }
}

