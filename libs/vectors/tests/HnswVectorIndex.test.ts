import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { HnswVectorIndex, VectorDimensionsMismatchError, VectorIndexClosedError, VectorIndexCorruptError } from '@media-gateway/vectors';
import { randomVectors } from './support/randomVectors.js';
import { vectorIndexContract } from './vectorIndexContract.js';

vectorIndexContract('hnsw', async ({ dimensions }) => new HnswVectorIndex({ dimensions }));
// Every filter takes the graph walk (no exact shortcut) and the index starts with one slot, so the contract also
// covers hnswlib's in-walk filter callback and repeated resizing.
vectorIndexContract(
  'hnsw, filtered graph walk, growing from one slot',
  async ({ dimensions }) => new HnswVectorIndex({ dimensions, exactSearchThreshold: 1, initialCapacity: 1 }),
);

const temporary: string[] = [];
const tempDir = async () => {
  const dir = await mkdtemp(join(tmpdir(), 'mg-vectors-'));
  temporary.push(dir);
  return dir;
};
afterAll(async () => {
  await Promise.all(temporary.map((dir) => rm(dir, { recursive: true, force: true })));
});

const unit = (i: number, dimensions = 4) => Array.from({ length: dimensions }, (_, j) => (j === i % dimensions ? 1 : 0.01 * (i + 1)));

describe('HnswVectorIndex slots', () => {
  it('reuses the slots of deleted points before growing, and grows by doubling', async () => {
    const index = new HnswVectorIndex({ dimensions: 4, initialCapacity: 4 });
    await index.upsert([0, 1, 2, 3].map((i) => ({ id: `p${i}`, vector: unit(i) })));
    for (let round = 0; round < 20; round++) {
      await index.delete([`p${round % 4}`]);
      await index.upsert([{ id: `p${round % 4}`, vector: unit(round + 1) }]);
    }
    await index.delete(['p0', 'p1']);
    await index.upsert([{ id: 'q0', vector: [0, 0, 0, 1] }, { id: 'q1', vector: [0, 0, 1, 0] }]);
    expect(await index.describe()).toMatchObject({ size: 4, capacity: 4 });
    expect((await index.search([0, 0, 0, 1], { limit: 1 }))[0]?.id).toBe('q0');
    await index.upsert([{ id: 'q2', vector: [0, 1, 0, 0] }]);
    expect(await index.describe()).toMatchObject({ size: 5, capacity: 8 });
    expect((await index.search([0, 1, 0, 0], { limit: 1 }))[0]?.id).toBe('q2');
    expect((await index.search([1, 0, 0, 0], { limit: 10 })).map((hit) => hit.id).sort()).toEqual(['p2', 'p3', 'q0', 'q1', 'q2']);
  });

  it('refuses bad construction options with a TypeError naming them', () => {
    expect(() => new HnswVectorIndex({ dimensions: 0 })).toThrow(new TypeError('dimensions must be an integer between 1 and 65536, got 0'));
    expect(() => new HnswVectorIndex({ dimensions: 4, efSearch: 0 })).toThrow(/^efSearch must be a positive integer/);
    expect(() => new HnswVectorIndex({ dimensions: 4, initialCapacity: 1.5 })).toThrow(/^initialCapacity must be/);
  });

  it('rejects every call after close with ERR_VECTOR_INDEX_CLOSED', async () => {
    const index = new HnswVectorIndex({ dimensions: 4 });
    await index.close();
    await expect(index.count()).rejects.toBeInstanceOf(VectorIndexClosedError);
    await expect(index.search([1, 0, 0, 0], { limit: 1 })).rejects.toMatchObject({ code: 'ERR_VECTOR_INDEX_CLOSED' });
    await expect(index.close()).resolves.toBeUndefined();
  });
});

describe('HnswVectorIndex filter cache', () => {
  it('sees points written, changed and deleted after the same filter was searched', async () => {
    const index = new HnswVectorIndex({ dimensions: 4 });
    const filter = [{ field: 'genre', equals: 'noir' }] as const;
    await index.upsert([{ id: 'a', vector: [1, 0, 0, 0], payload: { genre: 'noir' } }]);
    expect((await index.search([1, 0, 0, 0], { limit: 5, filter })).map((h) => h.id)).toEqual(['a']);
    await index.upsert([{ id: 'b', vector: [0.9, 0.1, 0, 0], payload: { genre: 'noir' } }, { id: 'a', vector: [1, 0, 0, 0], payload: { genre: 'comedy' } }]);
    expect((await index.search([1, 0, 0, 0], { limit: 5, filter })).map((h) => h.id)).toEqual(['b']);
    await index.delete(['b']);
    expect(await index.search([1, 0, 0, 0], { limit: 5, filter })).toEqual([]);
    await index.close();
  });
});

describe('HnswVectorIndex persistence', () => {
  const DIMENSIONS = 16;
  const vectors = randomVectors(300, DIMENSIONS, 3);
  const build = async (directory: string) => {
    const index = await HnswVectorIndex.open(directory, { dimensions: DIMENSIONS, initialCapacity: 64 });
    await index.upsert(vectors.map((vector, i) => ({ id: `t${i}`, vector, payload: { n: i, tags: [`g${i % 3}`] } })));
    await index.delete(['t0', 't1', 't2']);
    return index;
  };

  it('round-trips points, payloads, deletions and free slots through save/open', async () => {
    const dir = await tempDir();
    const original = await build(dir);
    await original.save();
    const reopened = await HnswVectorIndex.open(dir, { dimensions: DIMENSIONS });
    expect(await reopened.describe()).toEqual(await original.describe());
    expect(await reopened.describe()).toMatchObject({ size: 297, directory: dir });
    expect(await reopened.get('t0')).toBeUndefined();
    expect(await reopened.get('t5')).toEqual(await original.get('t5'));
    for (const query of randomVectors(5, DIMENSIONS, 9)) {
      const filter = [{ field: 'tags', equals: 'g1' }];
      expect(await reopened.search(query, { limit: 10 })).toEqual(await original.search(query, { limit: 10 }));
      expect(await reopened.search(query, { limit: 5, filter })).toEqual(await original.search(query, { limit: 5, filter }));
    }
    // The three free slots survive: three new points fit without growing.
    const capacity = (await reopened.describe()).capacity;
    await reopened.upsert([0, 1, 2].map((i) => ({ id: `new${i}`, vector: vectors[i]! })));
    expect(await reopened.describe()).toMatchObject({ size: 300, capacity });
    expect((await reopened.search(vectors[1]!, { limit: 1 }))[0]).toEqual({ id: 'new1', score: expect.closeTo(1, 5) });
    await Promise.all([original.close(), reopened.close()]);
  });

  it('saves on flush and close only when something changed', async () => {
    const dir = join(await tempDir(), 'vectors', 'titles');
    const untouched = await HnswVectorIndex.open(dir, { dimensions: 4 });
    await untouched.close();
    await expect(readdir(dir)).rejects.toMatchObject({ code: 'ENOENT' });

    const index = await HnswVectorIndex.open(dir, { dimensions: 4 });
    await index.upsert([{ id: 'a', vector: [1, 0, 0, 0], payload: { kind: 'film' } }]);
    await index.close();
    const reopened = await HnswVectorIndex.open(dir, { dimensions: 4 });
    expect(await reopened.get('a')).toMatchObject({ payload: { kind: 'film' } });
    expect(await reopened.describe()).toMatchObject({ collection: 'titles', directory: dir });
    await reopened.close();
  });

  it('serializes overlapping saves, and the last one wins', async () => {
    const dir = await tempDir();
    const index = await HnswVectorIndex.open(dir, { dimensions: 4 });
    await index.upsert([{ id: 'a', vector: [1, 0, 0, 0] }]);
    const first = index.save();
    await index.upsert([{ id: 'b', vector: [0, 1, 0, 0] }]);
    const second = index.save();
    await Promise.all([first, second]);
    const reopened = await HnswVectorIndex.open(dir, { dimensions: 4 });
    expect(await reopened.count()).toBe(2);
    expect((await readdir(dir)).filter((name) => name.endsWith('.hnsw'))).toHaveLength(1);
  });

  it('refuses a saved index of another size without touching it', async () => {
    const dir = await tempDir();
    await (await build(dir)).close();
    const before = await readFile(join(dir, 'index.json'), 'utf8');
    const opening = HnswVectorIndex.open(dir, { dimensions: 32 });
    await expect(opening).rejects.toBeInstanceOf(VectorDimensionsMismatchError);
    await expect(opening).rejects.toThrow(
      `The vector index at ${dir} holds 16-dimensional vectors but dimensions: 32 was configured. ` +
        'Rebuild the index (delete it and re-index) or configure the matching size.',
    );
    expect(await readFile(join(dir, 'index.json'), 'utf8')).toBe(before);
  });

  it.each([
    ['a sidecar that is not JSON', () => 'not json {', /index\.json is not valid JSON/],
    ['an unknown format version', (json: Record<string, unknown>) => ({ ...json, formatVersion: 99 }), /format version 99; this build reads version 1/],
    ['a label table missing a slot', (json: Record<string, unknown>) => ({ ...json, points: (json.points as unknown[]).slice(1) }), /accounts for 299 of 300 labels/],
    ['a repeated id', (json: Record<string, unknown>) => ({ ...json, points: (json.points as [number, string, unknown][]).map(([l, , p]) => [l, 'same', p]) }), /repeated id "same"/],
    ['an invalid payload', (json: Record<string, unknown>) => ({ ...json, points: (json.points as [number, string, unknown][]).map(([l, id]) => [l, id, { 'a.b': 1 }]) }), /invalid payload/],
  ])('refuses %s as ERR_VECTOR_INDEX_CORRUPT', async (_case, corrupt, message) => {
    const dir = await tempDir();
    await (await build(dir)).close();
    const sidecar = join(dir, 'index.json');
    const json = JSON.parse(await readFile(sidecar, 'utf8')) as Record<string, unknown>;
    const corrupted = corrupt(json);
    await writeFile(sidecar, typeof corrupted === 'string' ? corrupted : JSON.stringify(corrupted));
    const opening = HnswVectorIndex.open(dir, { dimensions: DIMENSIONS });
    await expect(opening).rejects.toBeInstanceOf(VectorIndexCorruptError);
    await expect(opening).rejects.toMatchObject({ code: 'ERR_VECTOR_INDEX_CORRUPT', message: expect.stringMatching(message) });
  });

  it('refuses an index file that was truncated or is missing, before hnswlib reads it', async () => {
    const dir = await tempDir();
    await (await build(dir)).close();
    const [indexFile] = (await readdir(dir)).filter((name) => name.endsWith('.hnsw'));
    const bytes = await readFile(join(dir, indexFile!));
    await writeFile(join(dir, indexFile!), bytes.subarray(0, bytes.length >> 1));
    await expect(HnswVectorIndex.open(dir, { dimensions: DIMENSIONS })).rejects.toThrow(
      `The vector index at ${dir} is unreadable: index file ${indexFile} does not match the checksum in index.json`,
    );
    await rm(join(dir, indexFile!));
    await expect(HnswVectorIndex.open(dir, { dimensions: DIMENSIONS })).rejects.toThrow(/index file .* cannot be read/);
  });

  it('keeps the previous index when a save dies before its commit, and cleans up after the next save', async () => {
    const dir = await tempDir();
    const index = await HnswVectorIndex.open(dir, { dimensions: 4 });
    await index.upsert([{ id: 'a', vector: [1, 0, 0, 0] }]);
    await index.save();
    // What a save that crashed after writing its index file, mid-way through the sidecar, leaves behind.
    await writeFile(join(dir, 'index-zzzz-deadbeef.hnsw'), 'half an index');
    await writeFile(join(dir, 'index.json.0badf00d.tmp'), '{"format":');
    const survivor = await HnswVectorIndex.open(dir, { dimensions: 4 });
    expect(await survivor.count()).toBe(1);
    expect(await survivor.get('a')).toBeDefined();
    await survivor.upsert([{ id: 'b', vector: [0, 1, 0, 0] }]);
    await survivor.close();
    const files = await readdir(dir);
    expect(files.filter((name) => name !== 'index.json')).toEqual([expect.stringMatching(/^index-.*\.hnsw$/)]);
    expect(files).not.toContain('index-zzzz-deadbeef.hnsw');
    expect(await (await HnswVectorIndex.open(dir, { dimensions: 4 })).count()).toBe(2);
  });

  it('save() without a directory is caller misuse', async () => {
    await expect(new HnswVectorIndex({ dimensions: 4 }).save()).rejects.toThrow(
      new TypeError('save() needs a directory: this index was not opened from one'),
    );
  });
});
