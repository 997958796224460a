import { describe, expect, it } from 'vitest';
import { offerIdFor } from '../../src/ingestion/catalogIds.js';
import { mergeRecords } from '../../src/ingestion/mergeRecords.js';
import { day, makeOffer, makeRecord } from '../support/makeRecord.js';

const now = new Date('2025-01-01T00:00:00Z');
const ID = '00000000-0000-5000-8000-000000000001';

describe('mergeRecords', () => {
  const jp = makeRecord({
    source: 'bangumi_data',
    sourceKey: '311',
    title: '千と千尋の神隠し',
    originalTitle: '千と千尋の神隠し',
    originalLanguage: 'ja',
    localizedTitles: [{ locale: 'ja', names: ['千と千尋の神隠し'] }],
    releaseDate: day('2001-07-20'),
    runtimeMinutes: 125,
    genres: ['animation'],
    externalIds: [{ system: 'mal', value: '199' }, { system: 'tmdb_movie', value: '129' }],
    popularity: 0.45,
    offers: [makeOffer({ platformId: 'netflix', platformTitleId: '60023642' })],
  });
  const en = makeRecord({
    source: 'vega_movies',
    sourceKey: 'spirited-away--sep-20-2002',
    title: 'Spirited Away',
    overview: 'A girl wanders into a world of spirits.',
    releaseDate: day('2002-09-20'),
    runtimeMinutes: 124,
    genres: ['fantasy', 'adventure'],
    contentRating: { system: 'MPAA', rating: 'PG' },
    credits: [{ personName: 'Hayao Miyazaki', role: 'DIRECTOR', job: 'Director', position: 0 }],
    externalIds: [{ system: 'tmdb_movie', value: '999' }],
    popularity: 0.7,
    averageRating: 8.6,
    voteCount: 500_000,
    offers: [makeOffer({ platformId: 'netflix', platformTitleId: '60023642' })],
  });

  it('applies the §3 conflict rules', () => {
    const merged = mergeRecords(ID, [jp, en], now);
    expect(merged).toMatchObject({
      id: ID,
      contentType: 'MOVIE',
      title: 'Spirited Away', // the first record has no English title, the second does
      originalTitle: '千と千尋の神隠し',
      originalLanguage: 'ja',
      overview: 'A girl wanders into a world of spirits.',
      releaseDate: day('2001-07-20'),
      releaseYear: 2001,
      runtimeMinutes: 125, // (125 + 124) / 2 rounded
      genres: ['adventure', 'animation', 'fantasy'],
      contentRating: { system: 'MPAA', rating: 'PG', rank: 1 },
      popularity: 0.7,
      averageRating: 8.6,
      voteCount: 500_000,
      sourceRecords: [
        { source: 'bangumi_data', sourceKey: '311' },
        { source: 'vega_movies', sourceKey: 'spirited-away--sep-20-2002' },
      ],
    });
    expect(merged.externalIds).toEqual([
      { system: 'mal', value: '199' },
      { system: 'tmdb_movie', value: '129' },
    ]);
    expect(merged.localizedTitles).toEqual([
      { locale: 'ja', names: ['千と千尋の神隠し'] },
      { locale: 'en', names: ['Spirited Away'] },
    ]);
  });

  it('keeps the first display title when it is already English', () => {
    expect(mergeRecords(ID, [en, jp], now).title).toBe('Spirited Away');
    const englishFirst = makeRecord({ sourceKey: 'a', title: 'Sen to Chihiro' });
    expect(mergeRecords(ID, [englishFirst, en], now).title).toBe('Sen to Chihiro');
  });

  it('gives offers deterministic ids and drops duplicates', () => {
    const merged = mergeRecords(ID, [jp, en], now);
    const [offer, ...others] = merged.offers;
    expect(others).toEqual([]);
    expect(offer?.id).toBe(offerIdFor(ID, makeOffer({ platformId: 'netflix', platformTitleId: '60023642' })));
    expect(mergeRecords(ID, [jp, en], now).offers[0]?.id).toBe(offer?.id);
  });

  it('unions credits on person and role, renumbering positions', () => {
    const a = makeRecord({
      sourceKey: 'a',
      credits: [
        { personName: 'Ann', role: 'CAST', job: null, position: 0 },
        { personName: 'Bo', role: 'CAST', job: null, position: 1 },
      ],
    });
    const b = makeRecord({
      sourceKey: 'b',
      credits: [
        { personName: 'bo', role: 'CAST', job: null, position: 0 },
        { personName: 'Cy', role: 'CAST', job: null, position: 1 },
        { personName: 'Bo', role: 'DIRECTOR', job: 'Director', position: 0 },
      ],
    });
    expect(mergeRecords(ID, [a, b], now).credits).toEqual([
      { personName: 'Ann', role: 'CAST', job: null, position: 0 },
      { personName: 'Bo', role: 'CAST', job: null, position: 1 },
      { personName: 'Cy', role: 'CAST', job: null, position: 2 },
      { personName: 'Bo', role: 'DIRECTOR', job: 'Director', position: 0 },
    ]);
  });

  it('caps genres at five in canonical order', () => {
    const a = makeRecord({ sourceKey: 'a', genres: ['western', 'war', 'thriller'] });
    const b = makeRecord({ sourceKey: 'b', genres: ['action', 'comedy', 'drama'] });
    expect(mergeRecords(ID, [a, b], now).genres).toEqual(['action', 'comedy', 'drama', 'thriller', 'war']);
  });
});
