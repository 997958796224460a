import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { VectorBackendUnavailableError, createVectorIndex } from '@media-gateway/vectors';

const temporary: string[] = [];
afterAll(async () => {
  await Promise.all(temporary.map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('createVectorIndex', () => {
  it('keeps an in-memory HNSW index without a URL or a data directory', async () => {
    const index = await createVectorIndex({ collection: 'titles', dimensions: 8 });
    expect(await index.describe()).toEqual({ kind: 'hnsw', dimensions: 8, size: 0, capacity: 1024 });
    await index.close();
  });

  it('persists the HNSW index under <dataDir>/vectors/<collection>/', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'mg-vectors-'));
    temporary.push(dataDir);
    const index = await createVectorIndex({ collection: 'titles', dimensions: 4, dataDir });
    await index.upsert([{ id: 'a', vector: [1, 0, 0, 0] }]);
    await index.close();
    const reopened = await createVectorIndex({ collection: 'titles', dimensions: 4, dataDir });
    expect(await reopened.describe()).toMatchObject({ kind: 'hnsw', size: 1, collection: 'titles', directory: join(dataDir, 'vectors', 'titles') });
    await reopened.close();
  });

  it('refuses a collection name that is not a plain name', async () => {
    await expect(createVectorIndex({ collection: '../etc', dimensions: 4, dataDir: '/tmp' })).rejects.toThrow(
      new TypeError('collection must match ^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$, got "../etc"'),
    );
  });

  it('picks Qdrant when a URL is configured, and fails at boot (fast) when it cannot be reached', async () => {
    const started = Date.now();
    const creating = createVectorIndex({ qdrantUrl: 'http://127.0.0.1:1', collection: 'titles', dimensions: 4 });
    await expect(creating).rejects.toBeInstanceOf(VectorBackendUnavailableError);
    await expect(creating).rejects.toThrow(/^Qdrant failed to check the collection \(collection titles\): /);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('refuses a Qdrant URL without a scheme as caller misuse', async () => {
    await expect(createVectorIndex({ qdrantUrl: 'qdrant:6333', collection: 'titles', dimensions: 4 })).rejects.toThrow(
      new TypeError('url must be an http(s) URL, got "qdrant:6333"'),
    );
  });
});
