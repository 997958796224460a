import { describe, expect, it } from 'vitest';
import { createBatchLoader } from '../../src/lib/createBatchLoader.js';

describe('createBatchLoader', () => {
  it('batches the keys asked for in one tick, de-duplicated, and caches the answers', async () => {
    const batches: string[][] = [];
    const load = createBatchLoader<string, number>(async (keys) => {
      batches.push([...keys]);
      return new Map(keys.filter((key) => key !== 'missing').map((key) => [key, key.length]));
    }, -1);

    expect(await Promise.all([load('a'), load('bbb'), load('a'), load('missing')])).toEqual([1, 3, 1, -1]);
    expect(await load('bbb')).toBe(3);
    expect(await load('cc')).toBe(2);
    expect(batches).toEqual([['a', 'bbb', 'missing'], ['cc']]);
  });

  it('rejects every key of a failed batch', async () => {
    const load = createBatchLoader<string, number>(async () => {
      throw new Error('database down');
    }, 0);
    await expect(Promise.all([load('a'), load('b')])).rejects.toThrow('database down');
  });
});
