import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Payload, SearchHit, VectorFilter, VectorIndex } from '@media-gateway/vectors';
import { bruteForce, randomVectors } from './support/randomVectors.js';

/**
 * The behaviour every VectorIndex adapter must have. Each adapter's test file runs it against a real instance;
 * `create` returns a new, empty index (its own Qdrant collection, its own HNSW index) for each call.
 */
export function vectorIndexContract(
  name: string,
  create: (options: { dimensions: number }) => Promise<VectorIndex>,
  options: { skip?: string | undefined } = {},
): void {
  const title = `VectorIndex contract: ${name}${options.skip ? ` (skipped: ${options.skip})` : ''}`;
  describe.skipIf(Boolean(options.skip))(title, () => {
    const opened: VectorIndex[] = [];
    const fresh = async (dimensions = 4): Promise<VectorIndex> => {
      const index = await create({ dimensions });
      opened.push(index);
      return index;
    };
    afterAll(async () => {
      await Promise.all(opened.map((index) => index.close()));
    });

    // Cosines to the query [1, 0, 0, 0]: a 1, e 0.9806, b 0.7071, c 0, d -1.
    const KNOWN: { id: string; vector: number[]; payload: Payload }[] = [
      { id: 'a', vector: [1, 0, 0, 0], payload: { kind: 'film', year: 1994, genres: ['drama', 'crime'], available: true } },
      { id: 'b', vector: [1, 1, 0, 0], payload: { kind: 'series', year: 2008, genres: ['drama'], available: false } },
      { id: 'c', vector: [0, 1, 0, 0], payload: { kind: 'film', year: 2001, genres: ['animation'], available: true } },
      { id: 'd', vector: [-1, 0, 0, 0], payload: { kind: 'film', year: 1972, genres: ['crime'], available: false } },
      { id: 'e', vector: [1, 0.2, 0, 0], payload: { kind: 'series', year: 2019.5, genres: ['comedy'], available: true } },
    ];
    const QUERY = [1, 0, 0, 0];
    const ids = (hits: SearchHit[]) => hits.map((hit) => hit.id);
    const known = async () => {
      const index = await fresh();
      await index.upsert(KNOWN);
      return index;
    };

    it('answers an empty index with no hits', async () => {
      const index = await fresh();
      expect(await index.search(QUERY, { limit: 5 })).toEqual([]);
      expect(await index.search(QUERY, { limit: 5, filter: [{ field: 'kind', equals: 'film' }] })).toEqual([]);
      expect(await index.count()).toBe(0);
      expect(await index.get('a')).toBeUndefined();
      await expect(index.delete(['a'])).resolves.toBeUndefined();
      expect(await index.describe()).toMatchObject({ kind: index.kind, dimensions: 4, size: 0 });
    });

    it('ranks a known set by cosine similarity, best first, on the same score scale', async () => {
      const index = await known();
      const hits = await index.search(QUERY, { limit: 5 });
      expect(ids(hits)).toEqual(['a', 'e', 'b', 'c', 'd']);
      const expected = [1, 1 / Math.sqrt(1.04), Math.SQRT1_2, 0, -1];
      hits.forEach((hit, i) => expect(hit.score).toBeCloseTo(expected[i]!, 5));
      // Cosine ignores length: a scaled query scores the same.
      const scaled = await index.search([7, 0, 0, 0], { limit: 2 });
      expect(ids(scaled)).toEqual(['a', 'e']);
      expect(scaled[1]!.score).toBeCloseTo(expected[1]!, 5);
      expect(await index.count()).toBe(5);
      expect(await index.describe()).toMatchObject({ kind: index.kind, dimensions: 4, size: 5 });
    });

    it('returns every point when limit exceeds the size', async () => {
      const index = await known();
      expect(ids(await index.search(QUERY, { limit: 100 }))).toEqual(['a', 'e', 'b', 'c', 'd']);
      expect(ids(await index.search([0, 1, 0, 0], { limit: 2 }))).toEqual(['c', 'b']);
    });

    it('stores payloads and unit-length vectors, and accepts a Float32Array', async () => {
      const index = await fresh();
      await index.upsert([{ id: 'x', vector: new Float32Array([3, 4, 0, 0]), payload: { tags: ['a', 'b'], n: 2 } }]);
      const stored = await index.get('x');
      expect(stored?.id).toBe('x');
      expect(stored?.payload).toEqual({ tags: ['a', 'b'], n: 2 });
      expect(Array.from(stored!.vector)).toEqual([expect.closeTo(0.6, 5), expect.closeTo(0.8, 5), 0, 0]);
      await index.upsert([{ id: 'y', vector: [0, 0, 1, 0] }]);
      expect((await index.get('y'))?.payload).toEqual({});
    });

    it('moves an existing id when it is upserted again', async () => {
      const index = await known();
      await index.upsert([{ id: 'a', vector: [-0.5, 0, 0, 1], payload: { kind: 'series' } }]); // cosine to QUERY: -0.447
      expect(await index.count()).toBe(5);
      expect(ids(await index.search(QUERY, { limit: 5 }))).toEqual(['e', 'b', 'c', 'a', 'd']);
      expect(ids(await index.search([0, 0, 0, 1], { limit: 1 }))).toEqual(['a']);
      expect((await index.get('a'))?.payload).toEqual({ kind: 'series' });
      expect(ids(await index.search(QUERY, { limit: 5, filter: [{ field: 'kind', equals: 'film' }] }))).toEqual(['c', 'd']);
    });

    it('keeps the last of repeated ids in one upsert', async () => {
      const index = await fresh();
      await index.upsert([
        { id: 'p', vector: [1, 0, 0, 0], payload: { v: 1 } },
        { id: 'p', vector: [0, 1, 0, 0], payload: { v: 2 } },
      ]);
      expect(await index.count()).toBe(1);
      expect((await index.get('p'))?.payload).toEqual({ v: 2 });
      expect(ids(await index.search([0, 1, 0, 0], { limit: 1 }))).toEqual(['p']);
    });

    it('deletes points, ignores unknown ids, and takes a deleted id back', async () => {
      const index = await known();
      await index.delete(['b', 'never-there']);
      expect(await index.count()).toBe(4);
      expect(await index.get('b')).toBeUndefined();
      expect(ids(await index.search(QUERY, { limit: 5 }))).toEqual(['a', 'e', 'c', 'd']);
      expect(ids(await index.search(QUERY, { limit: 5, filter: [{ field: 'genres', equals: 'drama' }] }))).toEqual(['a']);
      await index.upsert([{ id: 'b', vector: [0, 0, 1, 0], payload: { kind: 'short' } }]);
      expect(await index.count()).toBe(5);
      expect(ids(await index.search([0, 0, 1, 0], { limit: 1 }))).toEqual(['b']);
    });

    it('filters by payload equality, list membership and numeric range, inside the search', async () => {
      const index = await known();
      const search = async (filter: VectorFilter) => ids(await index.search(QUERY, { limit: 10, filter }));
      expect(await search([{ field: 'kind', equals: 'film' }])).toEqual(['a', 'c', 'd']);
      expect(await search([{ field: 'genres', equals: 'drama' }])).toEqual(['a', 'b']);
      expect(await search([{ field: 'available', equals: true }])).toEqual(['a', 'e', 'c']);
      expect(await search([{ field: 'year', equals: 1994 }])).toEqual(['a']);
      expect(await search([{ field: 'kind', in: ['series'] }])).toEqual(['e', 'b']);
      expect(await search([{ field: 'genres', in: ['crime', 'animation'] }])).toEqual(['a', 'c', 'd']);
      expect(await search([{ field: 'year', in: [1994, 2001] }])).toEqual(['a', 'c']);
      expect(await search([{ field: 'year', range: { gte: 2001 } }])).toEqual(['e', 'b', 'c']);
      expect(await search([{ field: 'year', range: { gt: 1994, lt: 2019.5 } }])).toEqual(['b', 'c']);
      expect(await search([{ field: 'year', range: { gte: 2019.5, lte: 2019.5 } }])).toEqual(['e']);
      expect(await search([{ field: 'kind', equals: 'film' }, { field: 'year', range: { lt: 2000 } }])).toEqual(['a', 'd']);
      expect(await search([])).toEqual(['a', 'e', 'b', 'c', 'd']);
      // No match: a missing field, a type mismatch, an empty list.
      expect(await search([{ field: 'missing', equals: 'x' }])).toEqual([]);
      expect(await search([{ field: 'kind', range: { gte: 0 } }])).toEqual([]);
      expect(await search([{ field: 'year', equals: '1994' }])).toEqual([]);
      expect(await search([{ field: 'kind', in: [] as string[] }])).toEqual([]);
      const limited = await index.search(QUERY, { limit: 2, filter: [{ field: 'kind', equals: 'film' }] });
      expect(ids(limited)).toEqual(['a', 'c']);
    });

    it('refuses a vector of the wrong size with a TypeError naming it, and writes nothing', async () => {
      const index = await fresh();
      const upsert = index.upsert([
        { id: 'ok', vector: [1, 0, 0, 0] },
        { id: 'bad', vector: [1, 0, 0] },
      ]);
      await expect(upsert).rejects.toThrow(TypeError);
      await expect(upsert).rejects.toThrow('points[1].vector has 3 dimensions, but the index has dimensions: 4');
      expect(await index.count()).toBe(0);
      await expect(index.search([1, 0, 0, 0, 0], { limit: 1 })).rejects.toThrow(
        new TypeError('vector has 5 dimensions, but the index has dimensions: 4'),
      );
    });

    it('refuses other misuse with a TypeError naming the option', async () => {
      const index = await known();
      const cases: [Promise<unknown>, RegExp][] = [
        [index.search(QUERY, { limit: 0 }), /^limit must be/],
        [index.search(QUERY, { limit: 2.5 }), /^limit must be/],
        [index.search([0, 0, 0, 0], { limit: 1 }), /^vector is the zero vector/],
        [index.search([1, Number.NaN, 0, 0], { limit: 1 }), /^vector\[1\] must be a finite number/],
        [index.search(QUERY, { limit: 1, filter: [{ field: 'year', equals: 19.5 }] }), /^filter\[0\]\.equals must be/],
        [index.search(QUERY, { limit: 1, filter: [{ field: 'a.b', equals: 'x' }] }), /^filter\[0\]\.field must be/],
        [index.search(QUERY, { limit: 1, filter: [{ field: 'year', range: {} }] }), /^filter\[0\]\.range needs/],
        [index.upsert([{ id: '', vector: QUERY }]), /^points\[0\]\.id must be/],
        [index.upsert([{ id: 'z', vector: QUERY, payload: { _id: 'x' } }]), /^points\[0\]\.payload key "_id"/],
        [index.upsert([{ id: 'z', vector: QUERY, payload: { nested: { a: 1 } } as unknown as Payload }]), /^points\[0\]\.payload\.nested must be/],
      ];
      for (const [promise, message] of cases) await expect(promise).rejects.toThrow(message);
      for (const [promise] of cases) await expect(promise).rejects.toBeInstanceOf(TypeError);
      expect(await index.count()).toBe(5);
    });

    describe('at scale: 2,000 random 64-dimensional points', () => {
      const DIMENSIONS = 64;
      const SIZE = 2000;
      const vectors = randomVectors(SIZE, DIMENSIONS, 7);
      const queries = randomVectors(40, DIMENSIONS, 11);
      const payloadOf = (i: number): Payload => ({ bucket: i % 100, even: i % 2 === 0, rank: i, ...(i % 700 === 3 ? { tag: 'rare' } : {}) });
      const entries = vectors.map((vector, i) => ({ id: `p${i}`, vector, payload: payloadOf(i) }));
      let index: VectorIndex;

      beforeAll(async () => {
        index = await fresh(DIMENSIONS);
        await index.upsert(entries);
      }, 120_000);

      const recall = (hits: SearchHit[], truth: string[]) => hits.filter((hit) => truth.includes(hit.id)).length / truth.length;

      it('finds at least 95% of the true 10 nearest neighbours (recall@10 vs brute force)', async () => {
        expect(await index.count()).toBe(SIZE);
        let total = 0;
        for (const query of queries) {
          const hits = await index.search(query, { limit: 10 });
          expect(hits).toHaveLength(10);
          total += recall(hits, bruteForce(entries, query, 10));
        }
        expect(total / queries.length).toBeGreaterThanOrEqual(0.95);
      });

      it('returns a full page under a selective filter, the exact best matches', async () => {
        for (const query of queries.slice(0, 10)) {
          const hits = await index.search(query, { limit: 10, filter: [{ field: 'bucket', equals: 7 }] });
          const truth = bruteForce(entries.filter((entry) => entry.payload.bucket === 7), query, 10);
          expect(ids(hits)).toEqual(truth);
        }
      });

      it('returns every match when fewer than limit match', async () => {
        const hits = await index.search(queries[0]!, { limit: 10, filter: [{ field: 'tag', equals: 'rare' }] });
        expect(ids(hits).sort()).toEqual(['p1403', 'p3', 'p703']);
      });

      it('keeps recall under a broad filter, and a limit beyond the default beam width', async () => {
        let total = 0;
        for (const query of queries.slice(0, 20)) {
          const hits = await index.search(query, { limit: 10, filter: [{ field: 'even', equals: true }] });
          expect(hits).toHaveLength(10);
          expect(hits.every((hit) => Number(hit.id.slice(1)) % 2 === 0)).toBe(true);
          total += recall(hits, bruteForce(entries.filter((entry) => entry.payload.even), query, 10));
        }
        expect(total / 20).toBeGreaterThanOrEqual(0.95);
        const wide = await index.search(queries[1]!, { limit: 300, filter: [{ field: 'rank', range: { gte: 1000 } }] });
        expect(wide).toHaveLength(300);
        expect(wide.every((hit) => Number(hit.id.slice(1)) >= 1000)).toBe(true);
        expect(wide.map((hit) => hit.score)).toEqual([...wide.map((hit) => hit.score)].sort((x, y) => y - x));
      });
    });
  });
}
