import { describe, expect, it } from 'vitest';
import { genreEraSimilarity, graphNeighbours, GRAPH_EDGE_WEIGHTS } from '../../src/search/graphNeighbours.js';
import { candidate } from '../support/candidate.js';

const heat = candidate('heat', { title: 'Heat', directors: ['Michael Mann'], cast: ['Al Pacino', 'Robert De Niro'], genres: ['crime', 'thriller'], releaseYear: 1995 });

describe('graphNeighbours', () => {
  it('ranks same director above shared cast above same genres and era, and never returns the seed', () => {
    const collateral = candidate('collateral', { directors: ['Michael Mann'], genres: ['crime'], releaseYear: 2004 });
    const casino = candidate('casino', { cast: ['Robert De Niro'], genres: ['crime', 'drama'], releaseYear: 1995 });
    const seven = candidate('seven', { genres: ['crime', 'thriller'], releaseYear: 1995 });
    const toyStory = candidate('toy', { genres: ['animation'], releaseYear: 1995 });
    const items = graphNeighbours({ titles: [heat], people: [] }, [toyStory, seven, casino, collateral, heat]);
    expect(items.map((i) => i.id)).toEqual(['collateral', 'casino', 'seven']);
    expect(items[0]?.reasons).toEqual([{ kind: 'graph', text: 'same director as Heat (Michael Mann)' }]);
    expect(items[1]?.reasons?.[0]).toEqual({ kind: 'graph', text: 'shares cast with Heat: Robert De Niro' });
  });

  it("finds a named person's titles, directing before acting", () => {
    const directed = candidate('d', { directors: ['Clint Eastwood'] });
    const starred = candidate('s', { cast: ['Clint Eastwood'] });
    const items = graphNeighbours({ titles: [], people: [{ name: 'clint eastwood', role: 'any' }] }, [starred, directed]);
    expect(items.map((i) => i.id)).toEqual(['d', 's']);
    expect(GRAPH_EDGE_WEIGHTS.personDirected).toBeGreaterThan(GRAPH_EDGE_WEIGHTS.personStarred);
  });
});

describe('genreEraSimilarity', () => {
  it('is genre overlap times closeness in years, and 0 without a shared genre or a year', () => {
    expect(genreEraSimilarity(heat, candidate('x', { genres: ['crime', 'thriller'], releaseYear: 1995 }))).toBe(1);
    expect(genreEraSimilarity(heat, candidate('x', { genres: ['crime'], releaseYear: 2000 }))).toBeCloseTo(0.5 * 0.5);
    expect(genreEraSimilarity(heat, candidate('x', { genres: ['comedy'], releaseYear: 1995 }))).toBe(0);
    expect(genreEraSimilarity(heat, candidate('x', { genres: ['crime'], releaseYear: null }))).toBe(0);
    expect(genreEraSimilarity(heat, candidate('x', { genres: ['crime'], releaseYear: 2010 }))).toBe(0);
  });
});
