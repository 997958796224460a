import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KeywordHit } from '../../src/store/DiscoveryStore.js';
import { NOW } from './discoveryFixtures.js';
import { openStore, type OpenStore } from './openStore.js';

let open: OpenStore;

beforeAll(async () => {
  open = await openStore();
});

afterAll(async () => {
  await open?.dispose();
});

async function search(text: string, limit = 10): Promise<KeywordHit[]> {
  return open.store.keywordSearch({ text, limit, now: NOW });
}

async function names(text: string, limit = 10): Promise<string[]> {
  return (await search(text, limit)).map((hit) => open.nameOf(hit.titleId));
}

describe('PrismaDiscoveryStore.keywordSearch ranking', () => {
  it('ranks title matches above an overview-only match, however popular', async () => {
    const hits = await search('terminator');
    expect(hits.map((h) => open.nameOf(h.titleId))).toEqual(['The Terminator', 'Terminator 2: Judgment Day', 'The Machine Hunter']);
    expect(hits.map((h) => h.matched)).toEqual([
      { field: 'title', fuzzy: false },
      { field: 'title', fuzzy: false },
      { field: 'overview', fuzzy: false },
    ]);
    // The overview match is the most popular of the three: only the field weights put it last.
    expect(hits[2]!.score).toBeLessThan(hits[1]!.score / 2);
  });

  it('puts the title whose whole name is the query first', async () => {
    expect(await names('heat')).toEqual(['Heat', 'Heat Wave']);
    expect((await names('Heat Wave'))[0]).toBe('Heat Wave');
  });

  it('finds people, credited as director or cast, below their own title matches', async () => {
    const hits = await search('james cameron');
    expect(hits.map((h) => open.nameOf(h.titleId)).sort()).toEqual(['Aliens', 'Terminator 2: Judgment Day', 'The Terminator', 'Titanic']);
    expect(hits.every((h) => h.matched.field === 'person')).toBe(true);
    expect((await names('tom hanks')).sort()).toEqual(['Cast Away', 'Forrest Gump', 'Toy Story']);
    // Popularity breaks the tie between equal people matches.
    expect(await names('Zemeckis')).toEqual(['Forrest Gump', 'Cast Away']);
  });

  it('matches words across fields and genre words', async () => {
    expect(await names('terminator 1984')).toEqual(['The Terminator', 'Terminator 2: Judgment Day']);
    expect((await search('terminator 1984'))[0]!.matched).toEqual({ field: 'mixed', fuzzy: false });
    const scifi = await search('sci-fi', 20);
    expect(scifi.map((h) => open.nameOf(h.titleId)).sort()).toEqual(
      ['Alien', 'Aliens', 'Inception', 'Interstellar', 'Jurassic Park', 'Stranger Things', 'Terminator 2: Judgment Day', 'The Terminator'],
    );
    expect(scifi.every((h) => h.matched.field === 'genre')).toBe(true);
  });

  it('understands websearch syntax: phrases, exclusion, or', async () => {
    expect(await names('"tom hanks" -toy')).toEqual(['Forrest Gump', 'Cast Away']);
    expect((await names('wormhole or submarine')).sort()).toEqual(['Das Boot', 'Interstellar']);
  });

  it('stems English words but keeps stop-word titles', async () => {
    // Equal matches: the more popular first.
    expect(await names('terminators')).toEqual(['Terminator 2: Judgment Day', 'The Terminator', 'The Machine Hunter']);
    expect(await names('it')).toEqual(['It']);
  });
});

describe('PrismaDiscoveryStore.keywordSearch fuzzy names', () => {
  it.each([
    ['terminatr', ['Terminator 2: Judgment Day', 'The Terminator']],
    ['godfahter', ['The Godfather']],
    ['spiderman', ['Spider-Man: Into the Spider-Verse', 'Spider-Man', 'The Amazing Spider-Man']],
    ['interstelar', ['Interstellar']],
  ])('a typo %j still finds the title by trigram similarity', async (text, expected) => {
    const hits = await search(text);
    expect(hits.map((h) => open.nameOf(h.titleId))).toEqual(expected);
    expect(hits.every((h) => h.matched.fuzzy && h.matched.field === 'title')).toBe(true);
  });

  it('ranks a typo match above an overview mention', async () => {
    const typo = (await search('terminatr'))[0]!;
    const overview = (await search('terminator')).find((h) => open.nameOf(h.titleId) === 'The Machine Hunter')!;
    expect(typo.score).toBeGreaterThan(overview.score);
  });

  it('does not guess from two letters', async () => {
    expect(await names('xq')).toEqual([]);
  });
});

describe('PrismaDiscoveryStore.keywordSearch non-English names', () => {
  it.each([
    ['das boot', 'Das Boot'],
    ['Amélie', 'Amélie'],
    ['amelie', 'Amélie'],
    ['fabuleux destin', 'Amélie'],
    ['AMELIE POULAIN', 'Amélie'],
    ['千と千尋の神隠し', 'Spirited Away'],
    ['chihiro', 'Spirited Away'],
    ['Zauberland', 'Spirited Away'],
  ])('%j finds %s through its original or localized names', async (text, expected) => {
    expect(await names(text)).toEqual([expected]);
  });

  it('finds part of a name in a script without spaces by similarity', async () => {
    expect(await search('千と千尋')).toEqual([expect.objectContaining({ matched: { field: 'title', fuzzy: true } })]);
    expect(await names('千と千尋')).toEqual(['Spirited Away']);
  });
});

describe('PrismaDiscoveryStore.keywordSearch bad input', () => {
  it.each([
    ['empty', ''],
    ['blank', '   \t\n '],
    ['punctuation only', '!!! ??? ...'],
    ['websearch operators only', '" - or -"'],
    ['a quote and a backslash', `'\\`],
    ['only control characters', '\u0000\u0001\u0007\u001b'],
  ])('finds nothing for %s, without an error', async (_name, text) => {
    await expect(search(text)).resolves.toEqual([]);
  });

  it('strips control characters, NUL and lone surrogates instead of failing', async () => {
    // NUL becomes a space: "termi nator" is no word of any title, but close enough to a name.
    expect((await search('termi\u0000nator')).map((h) => h.matched.fuzzy)).toEqual([true, true]);
    expect(await names('\u0000terminator\u0007\uD800')).toEqual(['The Terminator', 'Terminator 2: Judgment Day', 'The Machine Hunter']);
  });

  it('answers a 10,000-character query (cut to 500) without an error', async () => {
    await expect(search('terminator '.repeat(910))).resolves.toBeInstanceOf(Array);
    await expect(search('x'.repeat(10_000))).resolves.toEqual([]);
    await expect(search('千'.repeat(10_000))).resolves.toEqual([]);
  });

  it('rejects a limit that is not a positive integer as caller misuse, and caps a large one', async () => {
    await expect(open.store.keywordSearch({ text: 'heat', limit: 0 })).rejects.toThrow(new TypeError('PrismaDiscoveryStore: `limit` must be a positive integer, got 0'));
    await expect(open.store.keywordSearch({ text: 'heat', limit: 1.5 })).rejects.toThrow(TypeError);
    await expect(open.store.keywordSearch({ text: 'movie or series', limit: 1_000_000, now: NOW })).resolves.toHaveLength(32);
  });
});
