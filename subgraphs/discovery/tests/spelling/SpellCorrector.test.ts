import { describe, expect, it } from 'vitest';
import { SpellCorrector, buildSpellingTerms } from '@media-gateway/discovery';
import { TEST_VOCABULARY } from '../support/vocabulary.js';

const corrector = SpellCorrector.build(buildSpellingTerms(TEST_VOCABULARY));
const corrected = (query: string) => corrector.correct(query).corrected;

describe('SpellCorrector: typos', () => {
  it.each([
    // titles, as phrases and as single words
    ['the dark knigth', 'The Dark Knight'],
    ['jurasic park', 'Jurassic Park'],
    ['pulp fictoin', 'Pulp Fiction'],
    ['gone gril', 'Gone Girl'],
    ['interstelar', 'interstellar'],
    ['titanc', 'titanic'],
    ['movies like inceptoin', 'movies like inception'],
    // people
    ['christpher nolan', 'Christopher Nolan'],
    ['steven spielbrg movies', 'Steven Spielberg movies'],
    ['directed by cristopher nolan', 'directed by Christopher Nolan'],
    ['starring tom hanx', 'starring Tom Hanks'],
    // genre terms, platforms and parser words
    ['thrilers', 'thrillers'],
    ['thirller', 'thriller'],
    ['horor comedies', 'horror comedies'],
    ['documentery', 'documentary'],
    ['comdy', 'comedy'],
    ['on netflx', 'on netflix'],
    ['from the ninties', 'from the nineties'],
    ['westrens', 'westerns'],
  ])('%s → %s', (query, expected) => {
    expect(corrected(query)).toBe(expected);
  });

  it('corrects the issue example with typos, reporting each change where it was', () => {
    const query = 'dark sci-fi thrilers from the 90s under two hours on netflx';
    expect(corrector.correct(query)).toEqual({
      original: query,
      corrected: 'dark sci-fi thrillers from the 90s under two hours on netflix',
      changed: true,
      corrections: [
        { from: 'thrilers', to: 'thrillers', start: 12, end: 20, distance: 1, kind: 'word' },
        { from: 'netflx', to: 'netflix', start: 53, end: 59, distance: 1, kind: 'word' },
      ],
    });
  });

  it('reports a phrase correction as the title or person it names', () => {
    expect(corrector.correct('tom hanx').corrections).toEqual([
      { from: 'tom hanx', to: 'Tom Hanks', start: 0, end: 8, distance: 2, kind: 'person' },
    ]);
    expect(corrector.correct('the dark knigth').corrections[0]).toMatchObject({ kind: 'title', distance: 1 });
  });

  it('keeps the case the word was typed in', () => {
    expect(corrected('Thrilers on NETFLX')).toBe('Thrillers on NETFLIX');
  });
});

describe('SpellCorrector: no false corrections', () => {
  it.each([
    'dark sci-fi thrillers from the 90s under two hours on Netflix',
    'heist movies with a twist',
    'christopher nolan time travel',
    'the dark knight',
    'scary movies like stranger things',
    'rom-com for kids not horror',
    '1990s movies under 2h',
    'teh', // three letters or fewer are never corrected
    'ガンダム', // not Latin script
    'Amélie',
    '',
  ])('%s stays as typed', (query) => {
    expect(corrector.correct(query)).toEqual({ original: query, corrected: query, changed: false, corrections: [] });
  });

  it('never corrects a word that is in the vocabulary, however close a more frequent word is', () => {
    const c = SpellCorrector.build([
      { text: 'gravel', frequency: 1, kind: 'title' },
      { text: 'travel', frequency: 1000, kind: 'term' },
    ]);
    expect(c.correct('gravel').changed).toBe(false);
    expect(c.isKnown('Gravel')).toBe(true);
    expect(c.isKnown('gravels')).toBe(false);
  });

  it('does not turn known words into a title one or two edits away', () => {
    const c = SpellCorrector.build([
      ...buildSpellingTerms({ titles: [{ text: 'Dark Skies', popularity: 1 }], people: [] }),
      { text: 'sky', frequency: 10, kind: 'term' },
    ]);
    expect(c.correct('dark sky').changed).toBe(false);
    expect(c.correct('dark skis').corrected).toBe('Dark Skies');
  });
});

describe('SpellCorrector: choosing among candidates', () => {
  it('prefers the nearer word to the more frequent one', () => {
    const c = SpellCorrector.build([
      { text: 'house', frequency: 1, kind: 'term' },
      { text: 'horse', frequency: 1000, kind: 'term' },
    ]);
    expect(c.correct('hous').corrected).toBe('house');
  });

  it('prefers the more frequent word at the same distance', () => {
    const c = SpellCorrector.build([
      { text: 'cart', frequency: 5, kind: 'term' },
      { text: 'card', frequency: 50, kind: 'term' },
    ]);
    expect(c.correct('carx').corrected).toBe('card');
  });

  it('allows one edit from four letters and two from seven, keeping the first letter for two', () => {
    const c = SpellCorrector.build([
      { text: 'comedy', frequency: 1, kind: 'term' },
      { text: 'parasite', frequency: 1, kind: 'term' },
      { text: 'drama', frequency: 1, kind: 'term' },
    ]);
    expect(c.correct('cmdy').changed).toBe(false); // 4 letters, two edits away
    expect(c.correct('drma').corrected).toBe('drama');
    expect(c.correct('comdey').corrected).toBe('comedy');
    expect(c.correct('cmedey').changed).toBe(false); // 6 letters, two edits away
    expect(c.correct('parazitte').corrected).toBe('parasite'); // 9 letters, two edits
    expect(c.correct('barazite').changed).toBe(false); // two edits, one of them the first letter
    expect(c.correct('barasite').corrected).toBe('parasite');
  });

  it('does not correct a 6-letter name two edits from a title (real catalogue: "ghibli" vs "Gigli")', () => {
    const c = SpellCorrector.build(buildSpellingTerms({ titles: [{ text: 'Gigli', popularity: 0.1 }], people: [] }));
    expect(c.correct('best ghibli films').changed).toBe(false);
  });

  it('rejects a term without a positive frequency by name', () => {
    expect(() => SpellCorrector.build([{ text: 'x', frequency: 0, kind: 'term' }])).toThrow(
      new TypeError('frequency of "x" must be positive, got 0'),
    );
  });
});
