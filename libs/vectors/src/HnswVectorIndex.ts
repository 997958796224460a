import { basename } from 'node:path';
import hnswlib from 'hnswlib-node';
import type { HierarchicalNSW } from 'hnswlib-node';
import { VectorDimensionsMismatchError, VectorIndexClosedError, VectorIndexCorruptError } from './errors.js';
import { checkId, checkIds, checkPoints } from './lib/checkPoints.js';
import { checkSearchOptions } from './lib/checkSearchOptions.js';
import { checkDimensions, normalize, toVector } from './lib/checkVector.js';
import { readHnswSnapshot, writeHnswSnapshot } from './lib/hnswFiles.js';
import type { HnswSidecar } from './lib/hnswFiles.js';
import { matchesFilter } from './lib/matchesFilter.js';

/** Filters whose matching labels are kept between writes (see `matching`). */
const FILTER_CACHE_SIZE = 32;
import { topK } from './lib/topK.js';
import type {
  Payload,
  SearchHit,
  SearchOptions,
  StoredPoint,
  VectorIndex,
  VectorFilter,
  VectorIndexDescription,
  VectorInput,
  VectorPoint,
} from './VectorIndex.js';

export interface HnswVectorIndexOptions {
  dimensions: number;
  /** Slots allocated up front; the index doubles them when full. @default 1024 */
  initialCapacity?: number;
  /** Graph degree (hnswlib `M`). Fixed once the index exists; ignored when opening a saved one. @default 16 */
  m?: number;
  /** Build-time beam width; higher builds slower and searches better. Ignored when opening. @default 200 */
  efConstruction?: number;
  /**
   * Query-time beam width; it never drops below `limit`. 100 gives recall@10 ≈ 0.99 on 2,000 random 64-d points
   * (64 gave ≈ 0.97), a hard case next to real embeddings, for well under a millisecond per query. @default 100
   */
  efSearch?: number;
  /** Seed of hnswlib's level generator, so a build is reproducible. @default 100 */
  randomSeed?: number;
  /**
   * A filtered search whose filter matches at most this many points scores them all exactly instead of walking the
   * graph; see `search`. @default 2048
   */
  exactSearchThreshold?: number;
}

/**
 * The embedded adapter: hnswlib (C++ HNSW) in process, cosine space, persisted with `save(dir)` / `open(dir)`.
 *
 * hnswlib knows points only by integer labels, so the adapter keeps an id ↔ label map. A deleted point is only
 * marked deleted in the graph; its label goes on a free list and the next new id takes it over, which makes
 * hnswlib overwrite that slot in place (`addPoint` on a marked label unmarks it and rewires its links). Labels
 * therefore stay dense (0 … nextLabel-1), capacity only grows when there is no free slot, and churn does not leak.
 * (hnswlib's own `replaceDeleted` mode was not used: it picks the slot itself, and reusing one of our labels that
 * is still marked in another slot would corrupt its label table.)
 *
 * Not safe for several processes writing one directory; the embedded product has one process per data directory.
 */
export class HnswVectorIndex implements VectorIndex {
  readonly kind = 'hnsw' as const;
  readonly dimensions: number;
  private index: HierarchicalNSW;
  private readonly labelById = new Map<string, number>();
  private readonly idByLabel = new Map<number, string>();
  private readonly payloadByLabel = new Map<number, Payload>();
  private freeLabels: number[] = [];
  private nextLabel = 0;
  private readonly efSearch: number;
  private readonly exactSearchThreshold: number;
  private directory: string | undefined;
  /** Bumped by every write; the directory is clean when it equals `savedVersion`. */
  private version = 0;
  private readonly filterCache = new Map<string, { version: number; labels: ReadonlySet<number> }>();
  /**
   * Unit vectors by label, `dimensions` floats each: exact scoring reads them here in one tight loop instead of
   * copying each point out of hnswlib (`getPoint`), which made it the hottest path of a filtered search.
   */
  private units = new Float32Array(0);
  private savedVersion = 0;
  private saving: Promise<void> = Promise.resolve();
  private closed = false;

  constructor(options: HnswVectorIndexOptions) {
    this.dimensions = checkDimensions(options.dimensions);
    const capacity = positiveInteger(options.initialCapacity ?? 1024, 'initialCapacity');
    this.efSearch = positiveInteger(options.efSearch ?? 100, 'efSearch');
    this.exactSearchThreshold = positiveInteger(options.exactSearchThreshold ?? 2048, 'exactSearchThreshold');
    this.index = new hnswlib.HierarchicalNSW('cosine', this.dimensions);
    this.index.initIndex({
      maxElements: capacity,
      m: positiveInteger(options.m ?? 16, 'm'),
      efConstruction: positiveInteger(options.efConstruction ?? 200, 'efConstruction'),
      randomSeed: Math.trunc(options.randomSeed ?? 100),
    });
  }

  /**
   * The index saved in `directory`, or an empty one that will be saved there (by `flush`, `close` or `save()`).
   * Refuses a saved index of another size with `ERR_VECTOR_DIMENSIONS_MISMATCH`, and an unreadable one with
   * `ERR_VECTOR_INDEX_CORRUPT`; neither touches the files.
   */
  static async open(directory: string, options: HnswVectorIndexOptions): Promise<HnswVectorIndex> {
    const vectors = new HnswVectorIndex(options);
    vectors.directory = directory;
    const snapshot = await readHnswSnapshot(directory);
    if (snapshot) vectors.restore(directory, snapshot.sidecar, snapshot.indexPath);
    return vectors;
  }

  async upsert(points: readonly VectorPoint[]): Promise<void> {
    this.assertOpen();
    const checked = checkPoints(points, this.dimensions);
    const added = checked.filter((point) => !this.labelById.has(point.id)).length;
    const slotsNeeded = this.nextLabel + Math.max(0, added - this.freeLabels.length);
    const capacity = this.index.getMaxElements();
    if (slotsNeeded > capacity) this.index.resizeIndex(Math.max(slotsNeeded, capacity * 2));
    for (const point of checked) {
      let label = this.labelById.get(point.id);
      if (label === undefined) {
        label = this.freeLabels.pop() ?? this.nextLabel++;
        this.labelById.set(point.id, label);
        this.idByLabel.set(label, point.id);
      }
      // On a live label this moves the point; on a free (marked deleted) one it unmarks and overwrites the slot.
      this.index.addPoint(point.vector, label);
      // From the stored point, not the input, so scores are the same after a save and reopen.
      this.setUnit(label, this.index.getPoint(label));
      this.payloadByLabel.set(label, point.payload);
    }
    if (checked.length > 0) this.version++;
  }

  async delete(ids: readonly string[]): Promise<void> {
    this.assertOpen();
    for (const id of checkIds(ids)) {
      const label = this.labelById.get(id);
      if (label === undefined) continue;
      this.index.markDelete(label);
      this.labelById.delete(id);
      this.idByLabel.delete(label);
      this.payloadByLabel.delete(label);
      this.freeLabels.push(label);
      this.version++;
    }
  }

  /**
   * Without a filter: HNSW with beam width max(efSearch, limit).
   *
   * With a filter, the matching labels are found first by scanning the payloads (cheap next to the search). If at
   * most `exactSearchThreshold` match, they are scored exactly: hnswlib counts only points passing the filter
   * towards its beam, so for a selective filter the walk visits roughly limit/selectivity nodes, calling back into
   * JavaScript at each, and ends up slower than scoring the few matches directly. Otherwise the graph walk runs with
   * the filter inside it (hnswlib's `searchKnn` filter callback). Either way, if the walk returns fewer than
   * min(limit, matches) hits (a graph region cut off by deletions, say), the search falls back to exact scoring, so
   * `limit` hits come back whenever that many points match.
   */
  async search(vector: VectorInput, options: SearchOptions): Promise<SearchHit[]> {
    this.assertOpen();
    const query = toVector(vector, this.dimensions, 'vector');
    const { limit, filter } = checkSearchOptions(options);
    if (this.labelById.size === 0) return [];
    if (!filter || filter.length === 0) {
      const k = Math.min(limit, this.labelById.size);
      const hits = this.searchGraph(query, k);
      return hits.length >= k ? hits : this.searchExact(query, this.idByLabel.keys(), k);
    }
    const allowed = this.matching(filter);
    const k = Math.min(limit, allowed.size);
    if (k === 0) return [];
    if (allowed.size <= this.exactSearchThreshold) return this.searchExact(query, allowed, k);
    const hits = this.searchGraph(query, k, (label) => allowed.has(label));
    return hits.length >= k ? hits : this.searchExact(query, allowed, k);
  }

  async get(id: string): Promise<StoredPoint | undefined> {
    this.assertOpen();
    const label = this.labelById.get(checkId(id, 'id'));
    if (label === undefined) return undefined;
    return { id, vector: Float32Array.from(this.index.getPoint(label)), payload: copyPayload(this.payloadByLabel.get(label)!) };
  }

  async count(): Promise<number> {
    this.assertOpen();
    return this.labelById.size;
  }

  async describe(): Promise<VectorIndexDescription> {
    this.assertOpen();
    return {
      kind: 'hnsw',
      dimensions: this.dimensions,
      size: this.labelById.size,
      capacity: this.index.getMaxElements(),
      ...(this.directory ? { directory: this.directory, collection: basename(this.directory) } : {}),
    };
  }

  /**
   * Writes a snapshot to `directory` (default: the one the index was opened from), atomically: see `hnswFiles.ts`.
   * Saves are serialized. The hnswlib file is written synchronously so no write can slip in between it and the
   * sidecar snapshot; for a very large index that blocks the event loop for the length of one file write.
   */
  async save(directory: string | undefined = this.directory): Promise<void> {
    this.assertOpen();
    if (!directory) throw new TypeError('save() needs a directory: this index was not opened from one');
    const run = this.saving.then(() => this.writeSnapshot(directory));
    this.saving = run.catch(() => {});
    return run;
  }

  async flush(): Promise<void> {
    this.assertOpen();
    if (this.directory && this.version !== this.savedVersion) await this.save(this.directory);
    await this.saving;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    await this.flush();
    this.closed = true;
    // Drops the native index so its memory can be reclaimed even if this wrapper stays referenced.
    this.index = new hnswlib.HierarchicalNSW('cosine', this.dimensions);
    this.labelById.clear();
    this.idByLabel.clear();
    this.payloadByLabel.clear();
  }

  private async writeSnapshot(directory: string): Promise<void> {
    let version = this.version;
    await writeHnswSnapshot(directory, (indexPath) => {
      // One synchronous block: the index file and the sidecar state describe the same moment.
      version = this.version;
      this.index.writeIndexSync(indexPath);
      const points: HnswSidecar['points'] = [];
      for (const [label, id] of this.idByLabel) points.push([label, id, this.payloadByLabel.get(label)!]);
      return { dimensions: this.dimensions, nextLabel: this.nextLabel, freeLabels: [...this.freeLabels], points };
    });
    if (directory === this.directory) this.savedVersion = version;
  }

  private restore(directory: string, sidecar: HnswSidecar, indexPath: string): void {
    if (sidecar.dimensions !== this.dimensions) {
      throw new VectorDimensionsMismatchError(directory, `${sidecar.dimensions}-dimensional vectors`, `dimensions: ${this.dimensions}`);
    }
    try {
      this.index.readIndexSync(indexPath, false);
    } catch (error) {
      throw new VectorIndexCorruptError(directory, `hnswlib cannot load ${sidecar.indexFile}`, { cause: error });
    }
    const labels = this.index.getIdsList();
    if (this.index.getNumDimensions() !== this.dimensions || labels.length !== sidecar.nextLabel || this.index.getCurrentCount() !== sidecar.nextLabel) {
      throw new VectorIndexCorruptError(directory, `${sidecar.indexFile} holds ${labels.length} labels, the sidecar ${sidecar.nextLabel}`);
    }
    this.nextLabel = sidecar.nextLabel;
    this.freeLabels = [...sidecar.freeLabels];
    for (const [label, id, payload] of sidecar.points) {
      this.labelById.set(id, label);
      this.idByLabel.set(label, id);
      this.payloadByLabel.set(label, payload);
      this.setUnit(label, this.index.getPoint(label));
    }
  }

  private setUnit(label: number, vector: readonly number[]): void {
    const offset = label * this.dimensions;
    if (offset + this.dimensions > this.units.length) {
      const grown = new Float32Array(Math.max(offset + this.dimensions, this.units.length * 2));
      grown.set(this.units);
      this.units = grown;
    }
    this.units.set(normalize(vector), offset);
  }

  private searchGraph(query: number[], k: number, filter?: (label: number) => boolean): SearchHit[] {
    this.index.setEf(Math.max(this.efSearch, k));
    const { neighbors, distances } = this.index.searchKnn(query, k, filter);
    // hnswlib's cosine distance is 1 - cos(θ) of the normalized vectors, so the similarity is 1 - distance.
    return neighbors.map((label, i) => ({ id: this.idByLabel.get(label)!, score: 1 - distances[i]! }));
  }

  /**
   * The labels whose payload passes `filter`. Searches repeat a few filters (a genre, a content type, a decade), and
   * testing every payload costs about a millisecond per search at 12k points, so the sets are kept until the next
   * write, a few at a time.
   */
  private matching(filter: VectorFilter): ReadonlySet<number> {
    const key = JSON.stringify(filter);
    const cached = this.filterCache.get(key);
    if (cached && cached.version === this.version) return cached.labels;
    const labels = new Set<number>();
    for (const [label, payload] of this.payloadByLabel) if (matchesFilter(payload, filter)) labels.add(label);
    if (this.filterCache.size >= FILTER_CACHE_SIZE) this.filterCache.delete(this.filterCache.keys().next().value!);
    this.filterCache.set(key, { version: this.version, labels });
    return labels;
  }

  private searchExact(query: number[], labels: Iterable<number>, k: number): SearchHit[] {
    const unit = normalize(query);
    const { units, dimensions } = this;
    const scored = (function* () {
      for (const label of labels) {
        const offset = label * dimensions;
        let dot = 0;
        for (let i = 0; i < dimensions; i++) dot += unit[i]! * units[offset + i]!;
        yield { item: label, score: dot };
      }
    })();
    return topK(scored, k).map(({ item, score }) => ({ id: this.idByLabel.get(item)!, score }));
  }

  private assertOpen(): void {
    if (this.closed) throw new VectorIndexClosedError(this.kind);
  }
}

function positiveInteger(value: number, name: string): number {
  if (!Number.isInteger(value) || value < 1) throw new TypeError(`${name} must be a positive integer, got ${String(value)}`);
  return value;
}

function copyPayload(payload: Payload): Payload {
  return Object.fromEntries(Object.entries(payload).map(([key, value]) => [key, Array.isArray(value) ? [...value] : value]));
}
