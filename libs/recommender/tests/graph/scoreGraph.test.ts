import { describe, expect, it } from 'vitest';
import { buildItemGraph, scoreGraph, type CatalogItem } from '@media-gateway/recommender';

function item(id: string, fields: Partial<CatalogItem> = {}): CatalogItem {
  return { id, genres: [], directors: [], cast: [], releaseYear: null, contentType: 'MOVIE', popularity: 0.5, ...fields };
}

// 0 Heat and 1 Collateral share Mann; 2 Casino shares De Niro with 0 and crime/1990s with 0 and 3; 4 Insider is Mann too.
const items = [
  item('heat', { directors: ['Michael Mann'], cast: ['Robert De Niro'], genres: ['crime'], releaseYear: 1995 }),
  item('collateral', { directors: ['Michael Mann'], genres: ['thriller'], releaseYear: 2004 }),
  item('casino', { directors: ['Martin Scorsese'], cast: ['Robert De Niro'], genres: ['crime'], releaseYear: 1995 }),
  item('se7en', { directors: ['David Fincher'], genres: ['crime'], releaseYear: 1995 }),
  item('the-insider', { directors: ['Michael Mann'], genres: ['drama'], releaseYear: 1999 }),
];
const graph = buildItemGraph(items);

describe('scoreGraph', () => {
  it('sums edge weight × history value and names the strongest contributor and its relation', () => {
    const result = scoreGraph(graph, [{ itemIndex: 0, value: 1 }, { itemIndex: 3, value: 2 }], 10);
    // Casino: CAST from Heat (0.6 × 1) + GENRE_ERA from Se7en (0.3 × 2) = 1.2; the tie goes to the first seen.
    // Collateral and The Insider: DIRECTOR from Heat (1 × 1).
    expect(result).toEqual([
      { index: 2, score: expect.closeTo(1.2, 6), because: 0, relation: 'CAST' },
      { index: 1, score: 1, because: 0, relation: 'DIRECTOR' },
      { index: 4, score: 1, because: 0, relation: 'DIRECTOR' },
    ]);
  });

  it('picks the history item with the largest single contribution as `because`', () => {
    const result = scoreGraph(graph, [{ itemIndex: 0, value: 1 }, { itemIndex: 3, value: 5 }], 1);
    expect(result).toEqual([{ index: 2, score: expect.closeTo(0.6 + 1.5, 6), because: 3, relation: 'GENRE_ERA' }]);
  });

  it('never returns history or excluded items, and ignores negative history', () => {
    const result = scoreGraph(graph, [{ itemIndex: 0, value: 1 }, { itemIndex: 1, value: -1 }], 10, { exclude: new Set([4]) });
    expect(result.map((r) => r.index)).toEqual([2, 3]);
    expect(scoreGraph(graph, [{ itemIndex: 1, value: -1 }], 10)).toEqual([]);
  });

  it('cuts to k', () => {
    expect(scoreGraph(graph, [{ itemIndex: 0, value: 1 }], 2)).toHaveLength(2);
  });

  it('rejects a history index outside the graph', () => {
    expect(() => scoreGraph(graph, [{ itemIndex: 7, value: 1 }], 2)).toThrow(new TypeError('history[0].itemIndex must be an index into the graph (0..4), got 7'));
  });
});
