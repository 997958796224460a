import { describe, expect, it } from 'vitest';
import { buildRelationGraph } from '../../src/static/buildRelationGraph.js';
import type { CsrMatrix } from '../../src/static/CsrMatrix.js';
import type { WordNetSynset } from '../../src/static/readWordNet.js';

const words = ['the', 'act', 'heist', 'holdup', 'robbery', 'stealing', 'armed', 'good', 'crime'];
const ids = new Map(words.map((word, id) => [word, id]));

function edges(graph: CsrMatrix): Record<string, number> {
  const out: Record<string, number> = {};
  for (let r = 0; r < graph.rows; r++) {
    for (let e = graph.rowStart[r]!; e < graph.rowStart[r + 1]!; e++) out[`${words[r]}→${words[graph.columnIndex[e]!]}`] = graph.values[e]!;
  }
  return out;
}

describe('buildRelationGraph', () => {
  const synsets: WordNetSynset[] = [
    { id: 'n:1', pos: 'n', lemmas: ['armed robbery', 'heist', 'holdup'], pointers: [{ symbol: '@', target: 'n:2' }, { symbol: '!', target: 'n:3' }], gloss: 'the act of stealing; "a daring heist"' },
    { id: 'n:2', pos: 'n', lemmas: ['crime'], pointers: [], gloss: '' },
    { id: 'n:3', pos: 'n', lemmas: ['good'], pointers: [], gloss: '' },
  ];
  const graph = buildRelationGraph(synsets, ids, { synonym: 1, hypernym: 0.5, similar: 0.5, gloss: 0.25 }, 2);

  it('links synonyms both ways, a multi-word noun lemma through its head at half weight', () => {
    const e = edges(graph);
    expect(e['heist→holdup']).toBe(1);
    expect(e['holdup→heist']).toBe(1);
    // "armed robbery" stands for "robbery" (its head) at weight 0.5.
    expect(e['heist→robbery']).toBe(0.5);
  });

  it('links hypernyms both ways and never follows antonyms', () => {
    const e = edges(graph);
    expect(e['crime→holdup']).toBe(0.5);
    expect(e['holdup→crime']).toBe(0.5);
    // The head of "armed robbery" links to the hypernym at half of half weight.
    expect(e['robbery→crime']).toBe(0.25);
    expect(e['heist→good']).toBeUndefined();
  });

  it('links lemmas one way to the content words of the definition, not to common words or examples', () => {
    const e = edges(graph);
    expect(e['heist→stealing']).toBe(0.25);
    expect(e['stealing→heist']).toBeUndefined();
    // "the" (id 0) and "act" (id 1) are among the 2 most frequent words; "heist" in the example is not a definition word.
    expect(e['heist→act']).toBeUndefined();
    expect(Object.keys(e).filter((key) => key.startsWith('heist→heist'))).toEqual([]);
  });
});
