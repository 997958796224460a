import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IntentVocabulary } from '../../src/intent/IntentVocabulary.js';
import { parseIntent } from '../../src/intent/parseIntent.js';
import { buildSpellingTerms } from '../../src/spelling/buildSpellingTerms.js';
import { SpellCorrector } from '../../src/spelling/SpellCorrector.js';
import { discoveryFixtures, fixtureId, NOW } from './discoveryFixtures.js';
import { openStore, type OpenStore } from './openStore.js';

let open: OpenStore;

beforeAll(async () => {
  open = await openStore();
});

afterAll(async () => {
  await open?.dispose();
});

async function suggest(prefix: string, limit?: number): Promise<string[]> {
  return (await open.store.autocomplete(prefix, limit)).map((s) => `${s.kind}:${s.text}:${s.matched}`);
}

describe('PrismaDiscoveryStore.autocomplete', () => {
  it('"ter": a name that starts with it first, then one with a later word that does', async () => {
    expect(await open.store.autocomplete('ter')).toEqual([
      { text: 'Terminator 2: Judgment Day', kind: 'title', titleId: fixtureId('Terminator 2: Judgment Day'), genre: null, weight: 0.9, matched: 'prefix' },
      { text: 'The Terminator', kind: 'title', titleId: fixtureId('The Terminator'), genre: null, weight: 0.85, matched: 'word' },
    ]);
  });

  it('"spie": the person whose name has the prefix, then trigram-close titles', async () => {
    const suggestions = await suggest('spie');
    expect(suggestions[0]).toBe('person:Steven Spielberg:word');
    expect(suggestions).toEqual(
      expect.arrayContaining(['title:Spider-Man:fuzzy', 'title:Spider-Man: Into the Spider-Verse:fuzzy', 'title:The Amazing Spider-Man:fuzzy']),
    );
    expect(suggestions.slice(1).every((s) => s.endsWith(':fuzzy'))).toBe(true);
  });

  it('a person, weighted by their best-known title', async () => {
    expect(await open.store.autocomplete('tom h')).toEqual([
      { text: 'Tom Hanks', kind: 'person', titleId: null, genre: null, weight: 0.86, matched: 'prefix' },
    ]);
    expect(await suggest('cameron')).toEqual(['person:James Cameron:word']);
  });

  it('a genre, weighted by its share of titles', async () => {
    expect(await open.store.autocomplete('sci')).toEqual([
      { text: 'Science Fiction', kind: 'genre', titleId: null, genre: 'science_fiction', weight: 8 / 32, matched: 'prefix' },
    ]);
    expect(await suggest('docu')).toEqual(['genre:Documentary:prefix']);
  });

  it('orders prefix matches by weight and suggests a title once, under its best-placed name', async () => {
    expect(await suggest('the')).toEqual([
      'title:The Dark Knight:prefix',
      'title:The Machine Hunter:prefix',
      'person:The Duffer Brothers:prefix',
      'title:The Godfather:prefix',
      'title:The Office:prefix',
      'title:The Terminator:prefix',
      'title:The Amazing Spider-Man:prefix',
      'title:Spider-Man: Into the Spider-Verse:word',
    ]);
    // Spirited Away's German name starts with "chi", its French one has "Chihiro" as a later word: one suggestion.
    expect(await suggest('chi')).toEqual(['title:Chihiros Reise ins Zauberland:prefix']);
    expect(await suggest('千と')).toEqual(['title:千と千尋の神隠し:prefix']);
  });

  it('ignores accents and punctuation in what is typed and in names', async () => {
    expect(await suggest('AMEL')).toEqual(['title:Amélie:prefix']);
    expect(await suggest('spider-m')).toEqual([
      'title:Spider-Man: Into the Spider-Verse:prefix',
      'title:Spider-Man:prefix',
      'title:The Amazing Spider-Man:word',
    ]);
    expect(await suggest('schindlers')).toEqual(["title:Schindler's List:fuzzy"]);
  });

  it('fills up with trigram matches only when prefixes found fewer than the limit', async () => {
    expect(await suggest('spiderman')).toEqual([
      'title:Spider-Man: Into the Spider-Verse:fuzzy',
      'title:Spider-Man:fuzzy',
      'title:The Amazing Spider-Man:fuzzy',
    ]);
    expect(await suggest('interstelar')).toEqual(['title:Interstellar:fuzzy']);
    // Three letters are matched by prefix only.
    expect(await suggest('xqz')).toEqual([]);
  });

  it('honours the limit (10 by default, at most 50)', async () => {
    expect(await suggest('the', 2)).toEqual(['title:The Dark Knight:prefix', 'title:The Machine Hunter:prefix']);
    expect(await open.store.autocomplete('a', 1000)).toHaveLength(await open.store.autocomplete('a', 50).then((s) => s.length));
    expect((await open.store.autocomplete('a')).length).toBeLessThanOrEqual(10);
    await expect(open.store.autocomplete('a', -1)).rejects.toThrow(TypeError);
  });

  it.each([
    ['empty', ''],
    ['LIKE wildcards', '%'],
    ['underscore', '_'],
    ['backslash', '\\'],
    ['control characters', '\u0000\u0008\u001f'],
    ['a lone surrogate', '\uDC00'],
  ])('answers %s with nothing, without an error', async (_name, prefix) => {
    await expect(open.store.autocomplete(prefix)).resolves.toEqual([]);
  });

  it('takes wildcards literally and long or dirty input without an error', async () => {
    // As a LIKE wildcard "%er" would match Terminator, Interstellar, ...; as text it is "er", which starts no word.
    expect(await suggest('%er')).toEqual([]);
    await expect(open.store.autocomplete('ter'.repeat(4000))).resolves.toEqual([]);
    expect(await suggest('\u0000ter\u0007')).toEqual(['title:Terminator 2: Judgment Day:prefix', 'title:The Terminator:word']);
  });
});

describe('PrismaDiscoveryStore.vocabulary', () => {
  it('lists every name of the most popular titles, people with their title counts and genres', async () => {
    const vocabulary = await open.store.vocabulary();
    expect(vocabulary.titles).toHaveLength(36); // 32 titles, 3 more names of Spirited Away, Amélie's original name
    expect(vocabulary.titles.filter((t) => t.popularity === 0.87).map((t) => t.text).sort()).toEqual(
      ['Chihiros Reise ins Zauberland', 'Le Voyage de Chihiro', 'Spirited Away', '千と千尋の神隠し'],
    );
    expect(vocabulary.people).toContainEqual({ name: 'James Cameron', popularity: 0.9, titles: 4 });
    expect(vocabulary.people).toContainEqual({ name: 'Tom Hanks', popularity: 0.86, titles: 3 });
    expect(vocabulary.genres).toContainEqual({ genre: 'drama', titles: 12 });
    // Genres no title has (music, mystery, western) are not words of this catalogue.
    expect(vocabulary.genres.map((g) => g.genre).sort()).toEqual([...new Set(discoveryFixtures().flatMap((d) => d.genres))].sort());
  });

  it('keeps the most popular titles and people when limited', async () => {
    const vocabulary = await open.store.vocabulary({ maxTitles: 2, maxPeople: 1 });
    expect(vocabulary.titles).toEqual([
      { text: 'The Dark Knight', popularity: 0.96 },
      { text: 'The Machine Hunter', popularity: 0.95 },
    ]);
    expect(vocabulary.people).toHaveLength(1);
    expect(vocabulary.people[0]?.popularity).toBe(0.96);
  });

  it('feeds the spell corrector and the intent parser', async () => {
    const vocabulary = await open.store.vocabulary();
    const corrector = SpellCorrector.build(buildSpellingTerms(vocabulary));
    expect(corrector.correct('interstelar').corrected).toBe('interstellar');
    const intent = parseIntent('movies like the dark knight directed by christopher nolan', IntentVocabulary.from(vocabulary), { now: NOW });
    expect(intent.references).toEqual(['The Dark Knight']);
    expect(intent.people.map((p) => p.name)).toEqual(['Christopher Nolan']);
  });
});
