import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildItemGraph, GRAPH_RELATIONS, type CatalogItem, type ItemGraph } from '@media-gateway/recommender';

function item(id: string, fields: Partial<CatalogItem> = {}): CatalogItem {
  return { id, genres: [], directors: [], cast: [], releaseYear: null, contentType: 'MOVIE', popularity: 0.5, ...fields };
}

function edges(graph: ItemGraph, from: number): Array<{ to: number; weight: number; relation: string }> {
  const out = [];
  for (let e = graph.rowPtr[from]!; e < graph.rowPtr[from + 1]!; e++) {
    out.push({ to: graph.neighbors[e]!, weight: graph.weights[e]!, relation: GRAPH_RELATIONS[graph.relations[e]!]! });
  }
  return out;
}

describe('buildItemGraph', () => {
  const items = [
    item('heat', { directors: ['Michael Mann'], cast: ['Al Pacino', 'Robert De Niro'], genres: ['crime'], releaseYear: 1995 }),
    item('collateral', { directors: ['michael mann '], cast: ['Tom Cruise'], genres: ['thriller'], releaseYear: 2004 }),
    item('casino', { directors: ['Martin Scorsese'], cast: ['Robert De Niro'], genres: ['crime'], releaseYear: 1995 }),
    item('se7en', { directors: ['David Fincher'], genres: ['crime'], releaseYear: 1999 }),
    item('crime-2001', { genres: ['crime'], releaseYear: 2001 }),
    item('no-year', { genres: ['crime'] }),
  ];
  const graph = buildItemGraph(items);

  it('links same director (case- and space-insensitive), shared cast, and same primary genre in the same decade', () => {
    expect(edges(graph, 0)).toEqual([
      { to: 1, weight: 1, relation: 'DIRECTOR' },
      // Casino shares both De Niro and the crime/1990s bucket: the stronger relation is kept.
      { to: 2, weight: expect.closeTo(0.6, 6), relation: 'CAST' },
      { to: 3, weight: expect.closeTo(0.3, 6), relation: 'GENRE_ERA' },
    ]);
    expect(edges(graph, 3).map((e) => [e.to, e.relation])).toEqual([[0, 'GENRE_ERA'], [2, 'GENRE_ERA']]);
  });

  it('does not link other decades, items without a year, or an item to itself', () => {
    expect(edges(graph, 4)).toEqual([]);
    expect(edges(graph, 5)).toEqual([]);
    for (let i = 0; i < items.length; i++) expect(edges(graph, i).some((e) => e.to === i)).toBe(false);
  });

  it('links only the first leadCast billed cast members', () => {
    const small = buildItemGraph([item('a', { cast: ['X', 'Y'] }), item('b', { cast: ['Z', 'Y'] })], { leadCast: 1 });
    expect(small.neighbors).toHaveLength(0);
  });

  it('caps a huge genre bucket to the most popular members', () => {
    const bucket = Array.from({ length: 50 }, (_, i) => item(`d${i}`, { genres: ['drama'], releaseYear: 2010 + (i % 10), popularity: i / 50 }));
    const capped = buildItemGraph(bucket, { maxGenreEraNeighbors: 3 });
    // Every item links to the three most popular others: 49, 48, 47 (or the next one down for those three).
    expect(edges(capped, 0).map((e) => e.to)).toEqual([47, 48, 49]);
    expect(edges(capped, 49).map((e) => e.to)).toEqual([46, 47, 48]);
    expect(capped.neighbors).toHaveLength(50 * 3);
  });

  it('does not link a genre-era bucket too big to say anything about taste', () => {
    const bucket = Array.from({ length: 6 }, (_, i) => item(`a${i}`, { genres: ['animation'], releaseYear: 2015, popularity: i / 6 }));
    expect(buildItemGraph(bucket, { maxGenreEraBucket: 5 }).neighbors).toHaveLength(0);
    expect(buildItemGraph(bucket, { maxGenreEraBucket: 6 }).neighbors).toHaveLength(6 * 5);
  });

  it('never exceeds the caps and has symmetric relations for small buckets (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ director: fc.integer({ min: 0, max: 4 }), genre: fc.integer({ min: 0, max: 2 }), year: fc.integer({ min: 1990, max: 2019 }), popularity: fc.double({ min: 0, max: 1, noNaN: true }) }), { maxLength: 40 }),
        (specs) => {
          const catalogue = specs.map((s, i) => item(`i${i}`, { directors: [`d${s.director}`], genres: [`g${s.genre}`], releaseYear: s.year, popularity: s.popularity }));
          const g = buildItemGraph(catalogue, { maxPersonNeighbors: 2, maxGenreEraNeighbors: 2 });
          for (let i = 0; i < catalogue.length; i++) {
            const out = edges(g, i);
            expect(out.filter((e) => e.relation === 'DIRECTOR').length).toBeLessThanOrEqual(2);
            expect(out.length).toBeLessThanOrEqual(4);
            expect(new Set(out.map((e) => e.to)).size).toBe(out.length);
          }
        },
      ),
    );
  });

  it('rejects a bad cap, naming the option', () => {
    expect(() => buildItemGraph(items, { maxGenreEraNeighbors: 0 })).toThrow(new TypeError('maxGenreEraNeighbors must be a positive integer, got 0'));
  });
});
