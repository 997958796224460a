import { QdrantClient } from '@qdrant/js-client-rest';
import { afterAll, describe, expect, it } from 'vitest';
import { QdrantVectorIndex, VectorDimensionsMismatchError, createVectorIndex } from '@media-gateway/vectors';
import { vectorIndexContract } from './vectorIndexContract.js';

// Qdrant cannot be installed in this environment; the suite runs wherever QDRANT_URL points at one (CI with a
// Qdrant service, a developer's docker run -p 6333:6333 qdrant/qdrant).
const url = process.env.QDRANT_URL || undefined;
const apiKey = process.env.QDRANT_API_KEY || undefined;
const SKIP_REASON = 'QDRANT_URL is not set: start Qdrant and set QDRANT_URL (e.g. http://127.0.0.1:6333) to run it';
if (!url) console.warn(`QdrantVectorIndex contract skipped: ${SKIP_REASON}`);

const prefix = `mg_test_${process.pid}_${Date.now().toString(36)}`;
const collections: string[] = [];
const nextCollection = () => {
  const name = `${prefix}_${collections.length}`;
  collections.push(name);
  return name;
};
const connect = (collection: string, dimensions: number, batchSize?: number) =>
  new QdrantVectorIndex({ url: url!, ...(apiKey ? { apiKey } : {}), collection, dimensions, ...(batchSize ? { batchSize } : {}) }).connect();

afterAll(async () => {
  if (!url) return;
  const client = new QdrantClient({ url, ...(apiKey ? { apiKey } : {}), checkCompatibility: false });
  await Promise.all(collections.map((name) => client.deleteCollection(name).catch(() => {})));
});

vectorIndexContract('qdrant', async ({ dimensions }) => connect(nextCollection(), dimensions), { skip: url ? undefined : SKIP_REASON });

describe.skipIf(!url)('QdrantVectorIndex', () => {
  it('refuses an existing collection of another size, without writing to it', async () => {
    const collection = nextCollection();
    const first = await connect(collection, 4);
    await first.upsert([{ id: 'a', vector: [1, 0, 0, 0] }]);
    const opening = connect(collection, 8);
    await expect(opening).rejects.toBeInstanceOf(VectorDimensionsMismatchError);
    await expect(opening).rejects.toThrow(`qdrant collection ${collection} holds 4-dimensional Cosine vectors but dimensions: 8, distance Cosine`);
    expect(await first.count()).toBe(1);
  });

  it('maps ids deterministically, so a second replica sees and replaces the first one\'s points', async () => {
    const collection = nextCollection();
    const [one, two] = await Promise.all([connect(collection, 4), connect(collection, 4)]);
    await one.upsert([{ id: 'title:1', vector: [1, 0, 0, 0], payload: { v: 1 } }]);
    await two.upsert([{ id: 'title:1', vector: [0, 1, 0, 0], payload: { v: 2 } }]);
    expect(await one.count()).toBe(1);
    expect(await one.get('title:1')).toMatchObject({ id: 'title:1', payload: { v: 2 } });
    await two.delete(['title:1']);
    expect(await one.search([0, 1, 0, 0], { limit: 5 })).toEqual([]);
  });

  it('upserts and deletes in batches', async () => {
    const index = await connect(nextCollection(), 4, 100);
    const points = Array.from({ length: 650 }, (_, i) => ({ id: `p${i}`, vector: [1, i + 1, 0, 0] }));
    await index.upsert(points);
    expect(await index.count()).toBe(650);
    await index.delete(points.slice(0, 320).map((point) => point.id));
    expect(await index.count()).toBe(330);
  });

  it('is what createVectorIndex picks when a URL is configured', async () => {
    const index = await createVectorIndex({ qdrantUrl: url, qdrantApiKey: apiKey, collection: nextCollection(), dimensions: 4 });
    expect(await index.describe()).toMatchObject({ kind: 'qdrant', dimensions: 4, size: 0 });
  });
});
