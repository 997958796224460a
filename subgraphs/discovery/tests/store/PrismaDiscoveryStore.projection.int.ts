import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { CatalogTitleDocument } from '../../src/store/CatalogTitleDocument.js';
import { discoveryFixtures, fixtureId, NOW } from './discoveryFixtures.js';
import { openStore, type OpenStore } from './openStore.js';

// Each test starts from an empty read model.
let open: OpenStore;

beforeAll(async () => {
  open = await openStore({ empty: true });
});

beforeEach(async () => {
  await open.reset();
});

afterAll(async () => {
  await open?.dispose();
});

function fixture(name: string): CatalogTitleDocument {
  const found = discoveryFixtures().find((d) => d.name === name);
  if (!found) throw new Error(`no fixture ${name}`);
  return found;
}

async function names(text: string): Promise<string[]> {
  return (await open.store.keywordSearch({ text, now: NOW })).map((hit) => open.nameOf(hit.titleId));
}

/** Everything a reader can observe about the read model, to compare before and after. */
async function observable() {
  const ids = discoveryFixtures().map((d) => d.titleId);
  return {
    stats: await open.store.stats(),
    documents: await open.store.documents(ids),
    vocabulary: await open.store.vocabulary(),
    searches: await Promise.all(['terminator', 'tom hanks', 'spiderman', 'movie or series'].map((q) => open.store.keywordSearch({ text: q, now: NOW }))),
    autocomplete: await Promise.all(['ter', 'spie', 'tom', 'sci', 'chi'].map((p) => open.store.autocomplete(p))),
  };
}

describe('PrismaDiscoveryStore.applyTitleDocuments', () => {
  it('writes a batch and collects the documents it cannot search instead of failing', async () => {
    const heat = fixture('Heat');
    const result = await open.store.applyTitleDocuments([
      ...discoveryFixtures(),
      { ...heat, titleId: 'heat-1995' },
      { ...heat, titleId: fixtureId('nameless'), name: '  ' },
      // Events carry JSON from another service: a type outside the contract must be caught, not trusted.
      { ...heat, titleId: fixtureId('podcast'), contentType: 'podcast' as CatalogTitleDocument['contentType'] },
    ]);
    expect(result.written).toHaveLength(32);
    expect(result.stale).toEqual([]);
    expect(result.rejected).toEqual([
      { titleId: 'heat-1995', reason: 'titleId is not a UUID' },
      { titleId: fixtureId('nameless'), reason: 'name is empty' },
      { titleId: fixtureId('podcast'), reason: 'unknown content type "podcast"' },
    ]);
    expect(await open.store.stats()).toEqual({ documents: 32, offers: 27, autocompleteTerms: expect.any(Number), positions: [] });
  });

  it('is idempotent: applying the same documents again changes nothing a reader can see', async () => {
    await open.store.applyTitleDocuments(discoveryFixtures());
    const once = await observable();
    await open.store.applyTitleDocuments(discoveryFixtures());
    await open.store.applyTitleDocuments(discoveryFixtures().reverse());
    expect(await observable()).toEqual(once);
    // Person terms are recomputed, not incremented.
    expect(once.vocabulary.people.find((p) => p.name === 'Tom Hanks')).toEqual({ name: 'Tom Hanks', popularity: 0.86, titles: 3 });
  });

  it('replaces a title as a whole: names, people, offers and terms follow the new document', async () => {
    await open.store.applyTitleDocuments(discoveryFixtures());
    const titanic = fixture('Titanic');
    await open.store.applyTitleDocuments([
      { ...titanic, name: 'Titanic 3D', cast: ['Leonardo DiCaprio'], offers: [{ ...titanic.offers[0]!, platformId: 'netflix' }] },
    ]);
    expect(await names('titanic 3d')).toEqual(['Titanic']); // the fixture name map still says "Titanic"
    expect((await open.store.autocomplete('titanic')).map((s) => s.text)).toEqual(['Titanic 3D']);
    expect(await open.store.autocomplete('kate w')).toEqual([]);
    const [doc] = await open.store.documents([titanic.titleId]);
    expect(doc?.offers).toEqual([{ platform: 'netflix', regions: [], availabilityType: 'SUBSCRIPTION', availableFrom: null, expiresAt: null }]);
  });

  it('keeps the last of two documents for one title in a batch', async () => {
    const heat = fixture('Heat');
    const result = await open.store.applyTitleDocuments([heat, { ...heat, name: 'Heat (1995)' }]);
    expect(result.written).toEqual([heat.titleId]);
    expect((await open.store.documents([heat.titleId]))[0]?.title).toBe('Heat (1995)');
  });

  it('cleans what Postgres would refuse: NUL, lone surrogates, out-of-range numbers', async () => {
    const heat = fixture('Heat');
    const result = await open.store.applyTitleDocuments([
      { ...heat, name: 'He\u0000at \uD800', overview: 'bank\u0000robbers', runtimeMinutes: 1e12, releaseYear: 1995.5, popularity: Number.NaN },
    ]);
    expect(result.written).toEqual([heat.titleId]);
    const [doc] = await open.store.documents([heat.titleId]);
    expect(doc).toMatchObject({ title: 'He\uFFFDat \uFFFD', overview: 'bank\uFFFDrobbers', runtimeMinutes: null, releaseYear: null, popularity: 0.5 });
  });

  it('stores ids in lower case and finds them in any case', async () => {
    const heat = fixture('Heat');
    await open.store.applyTitleDocuments([{ ...heat, titleId: heat.titleId.toUpperCase() }]);
    expect((await open.store.documents([heat.titleId.toUpperCase()]))[0]?.id).toBe(heat.titleId);
  });
});

describe('PrismaDiscoveryStore projection positions', () => {
  const at = (sequence: number) => ({ group: 'discovery', source: 'catalog.titles', sequence });

  it('never lets an older event overwrite a newer document, and never moves the offset back', async () => {
    const heat = fixture('Heat');
    expect(await open.store.lastSequence('discovery', 'catalog.titles')).toBeNull();

    expect(await open.store.applyTitleDocuments([{ ...heat, name: 'Heat v5' }], at(5))).toMatchObject({ written: [heat.titleId], stale: [] });
    expect(await open.store.applyTitleDocuments([{ ...heat, name: 'Heat v3' }], at(3))).toMatchObject({ written: [], stale: [heat.titleId] });
    expect((await open.store.documents([heat.titleId]))[0]?.title).toBe('Heat v5');
    expect(await open.store.lastSequence('discovery', 'catalog.titles')).toBe(5);

    // The same event again is applied again (same content), a later one wins.
    expect((await open.store.applyTitleDocuments([{ ...heat, name: 'Heat v5' }], at(5))).written).toEqual([heat.titleId]);
    expect((await open.store.applyTitleDocuments([{ ...heat, name: 'Heat v7' }], at(7))).written).toEqual([heat.titleId]);
    expect((await open.store.documents([heat.titleId]))[0]?.title).toBe('Heat v7');

    // A removal from before the document's event leaves it; one from after removes it.
    expect(await open.store.removeTitles([heat.titleId], at(6))).toEqual({ removed: [] });
    expect(await open.store.removeTitles([heat.titleId], at(8))).toEqual({ removed: [heat.titleId] });

    expect(await open.store.stats()).toMatchObject({ documents: 0, positions: [{ group: 'discovery', source: 'catalog.titles', sequence: 8 }] });
  });

  it('records the offset even for a batch with nothing to write', async () => {
    await open.store.applyTitleDocuments([], at(11));
    expect(await open.store.lastSequence('discovery', 'catalog.titles')).toBe(11);
    expect(await open.store.lastSequence('discovery', 'other')).toBeNull();
  });

  it('rejects a malformed position as caller misuse', async () => {
    await expect(open.store.applyTitleDocuments([], { group: '', source: 's', sequence: 1 })).rejects.toThrow(
      new TypeError('PrismaDiscoveryStore: a projection position needs a non-empty `group` and `source`'),
    );
    await expect(open.store.removeTitles([], at(-1))).rejects.toThrow(
      new TypeError('PrismaDiscoveryStore: `sequence` must be a non-negative safe integer, got -1'),
    );
  });
});

describe('PrismaDiscoveryStore.removeTitles', () => {
  it('removes titles with their offers and terms, and recounts people and genres', async () => {
    await open.store.applyTitleDocuments(discoveryFixtures());
    const before = await open.store.vocabulary();
    const titanic = fixture('Titanic');

    const result = await open.store.removeTitles([titanic.titleId, 'not-a-uuid', fixtureId('never applied')]);

    expect(result).toEqual({ removed: [titanic.titleId] });
    expect(await names('titanic')).toEqual([]);
    expect(await open.store.documents([titanic.titleId])).toEqual([]);
    expect(await open.store.stats()).toMatchObject({ documents: 31, offers: 25 });
    // Kate Winslet was only in Titanic; James Cameron keeps his other three films.
    expect(await open.store.autocomplete('kate w')).toEqual([]);
    const after = await open.store.vocabulary();
    const cameron = (v: typeof after) => v.people.find((p) => p.name === 'James Cameron');
    expect([cameron(before)?.titles, cameron(after)?.titles]).toEqual([4, 3]);
    const romance = (v: typeof after) => v.genres.find((g) => g.genre === 'romance')?.titles;
    expect([romance(before), romance(after)]).toEqual([3, 2]);
    expect(after.titles.map((t) => t.text)).not.toContain('Titanic');
  });

  it('removing nothing is a no-op', async () => {
    await open.store.applyTitleDocuments(discoveryFixtures());
    expect(await open.store.removeTitles([])).toEqual({ removed: [] });
    expect((await open.store.stats()).documents).toBe(32);
  });
});

describe('PrismaDiscoveryStore.documents', () => {
  it('maps stored documents to ranking candidates, in the order asked, skipping unknown ids', async () => {
    await open.store.applyTitleDocuments(discoveryFixtures());
    const ids = [fixtureId('Breaking Bad'), 'nope', fixtureId('missing'), fixtureId('The Terminator'), fixtureId('Forrest Gump')];
    const docs = await open.store.documents(ids);
    expect(docs.map((d) => d.title)).toEqual(['Breaking Bad', 'The Terminator', 'Forrest Gump']);
    expect(docs[0]).toMatchObject({ contentType: 'SERIES', runtimeMinutes: null, contentRating: 'TV-MA', contentRatingSystem: 'TV' });
    expect(docs[0]).toHaveProperty('qualityScore', 0);
    expect(docs[1]).toEqual({
      id: fixtureId('The Terminator'),
      title: 'The Terminator',
      contentType: 'MOVIE',
      releaseYear: 1984,
      runtimeMinutes: 107,
      genres: ['action', 'science_fiction'],
      contentRating: 'R',
      averageRating: 8.1,
      popularity: 0.85,
      qualityScore: 0.9,
      directors: ['James Cameron'],
      cast: ['Arnold Schwarzenegger', 'Linda Hamilton'],
      overview: 'A cyborg assassin is sent back in time to kill the mother of the future resistance leader.',
      offers: [{ platform: 'netflix', regions: ['US', 'CA'], availabilityType: 'SUBSCRIPTION', availableFrom: null, expiresAt: null }],
      originalName: null,
      localizedNames: [],
      releaseDate: '1984-10-26',
      contentRatingSystem: 'MPAA',
      voteCount: 900_000,
      externalIds: { imdb: 'tt0088247' },
    });
    expect(docs[2]?.offers[0]?.expiresAt).toEqual(new Date('2026-12-31T00:00:00Z'));
    expect(await open.store.documents([])).toEqual([]);
  });
});
