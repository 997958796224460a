import { describe, expect, it } from 'vitest';
import { titleIdFor } from '../../src/ingestion/catalogIds.js';
import { resolveEntities } from '../../src/ingestion/resolveEntities.js';
import type { KnownIds } from '../../src/ingestion/types.js';
import { day, makeRecord } from '../support/makeRecord.js';

const now = new Date('2025-01-01T00:00:00Z');
const none: KnownIds = { bySourceRecord: new Map(), byExternalId: new Map() };

const vegaSpiritedAway = makeRecord({
  source: 'vega_movies',
  sourceKey: 'spirited-away--sep-20-2002',
  title: 'Spirited Away',
  releaseDate: day('2002-09-20'),
});
const bangumiSpiritedAway = makeRecord({
  source: 'bangumi_data',
  sourceKey: '311',
  title: 'Spirited Away',
  originalTitle: '千と千尋の神隠し',
  localizedTitles: [
    { locale: 'en', names: ['Spirited Away'] },
    { locale: 'ja', names: ['千と千尋の神隠し'] },
  ],
  releaseDate: day('2001-07-20'),
  externalIds: [{ system: 'tmdb_movie', value: '129' }],
});

describe('resolveEntities', () => {
  it('merges a vega film and a bangumi movie by title and year ±1', () => {
    const { titles, merged } = resolveEntities([vegaSpiritedAway, bangumiSpiritedAway], none, { now });
    expect(merged).toBe(1);
    expect(titles).toHaveLength(1);
    expect(titles[0]).toMatchObject({
      id: titleIdFor('vega_movies', 'spirited-away--sep-20-2002'),
      title: 'Spirited Away',
      releaseYear: 2001,
      originalTitle: '千と千尋の神隠し',
    });
  });

  it('matches on an external id even when the names differ', () => {
    const other = makeRecord({ source: 'other', sourceKey: 'x', title: 'Sen to Chihiro no Kamikakushi', externalIds: [{ system: 'tmdb_movie', value: '129' }] });
    const { titles, merged } = resolveEntities([bangumiSpiritedAway, other], none, { now });
    expect(merged).toBe(1);
    expect(titles[0]?.sourceRecords).toHaveLength(2);
  });

  it('never joins a title whose ids contradict the record (bangumi files two shows under one TMDb id)', () => {
    const shuwawan = makeRecord({
      source: 'bangumi_data',
      sourceKey: '425464',
      title: 'しゅわわん！',
      contentType: 'SERIES',
      externalIds: [{ system: 'bangumi', value: '425464' }, { system: 'tmdb_tv', value: '213830' }, { system: 'mal', value: '57357' }],
    });
    const seventhPrince = makeRecord({
      source: 'bangumi_data',
      sourceKey: '407133',
      title: 'I Was Reincarnated as the 7th Prince',
      contentType: 'SERIES',
      externalIds: [{ system: 'bangumi', value: '407133' }, { system: 'tmdb_tv', value: '213830' }, { system: 'mal', value: '53516' }],
    });
    const idOnly = makeRecord({ source: 'other', sourceKey: 'z', title: 'x', contentType: 'SERIES', externalIds: [{ system: 'tmdb_tv', value: '213830' }] });
    const { titles } = resolveEntities([shuwawan, seventhPrince, idOnly], none, { now });
    expect(titles.map((t) => t.sourceRecords.map((r) => r.sourceKey))).toEqual([['425464', 'z'], ['407133']]);
  });

  it('keeps remakes apart: same title, years more than one apart', () => {
    const original = makeRecord({ source: 'a', sourceKey: '1', title: 'Ben-Hur', releaseDate: day('1959-11-18') });
    const remake = makeRecord({ source: 'b', sourceKey: '2', title: 'Ben Hur', releaseDate: day('2016-08-19') });
    const { titles, merged } = resolveEntities([original, remake], none, { now });
    expect(merged).toBe(0);
    expect(titles.map((t) => t.releaseYear)).toEqual([1959, 2016]);
  });

  it('does not match by name without years or across content types', () => {
    const undated = makeRecord({ source: 'a', sourceKey: '1', title: 'Akira' });
    const film = makeRecord({ source: 'b', sourceKey: '2', title: 'Akira', releaseDate: day('1988-07-16') });
    const series = makeRecord({ source: 'c', sourceKey: '3', title: 'Akira', contentType: 'SERIES', releaseDate: day('1988-01-01') });
    expect(resolveEntities([undated, film, series], none, { now }).titles).toHaveLength(3);
  });

  it('does not merge two records of one source by name', () => {
    const tv = makeRecord({ source: 'bangumi_data', sourceKey: '1', title: 'Hellsing', contentType: 'SERIES', releaseDate: day('2001-10-10') });
    const ova = makeRecord({ source: 'bangumi_data', sourceKey: '2', title: 'Hellsing', contentType: 'SERIES', releaseDate: day('2002-02-10') });
    expect(resolveEntities([tv, ova], none, { now }).titles).toHaveLength(2);
  });

  it('reuses ids the database already has, by source record and by external id', () => {
    const known: KnownIds = {
      bySourceRecord: new Map([['vega_movies:spirited-away--sep-20-2002', 'known-vega']]),
      byExternalId: new Map([['tmdb_movie:129', 'known-tmdb']]),
    };
    const { titles } = resolveEntities([bangumiSpiritedAway, vegaSpiritedAway], known, { now });
    // The bangumi record lands on the title known by its TMDb id; vega's own row is known under another id.
    expect(titles.map((t) => t.id).sort()).toEqual(['known-tmdb', 'known-vega']);
  });

  it('folds repeated source keys into one title', () => {
    const again = { ...bangumiSpiritedAway, title: '千与千寻', externalIds: [] };
    const { titles, merged } = resolveEntities([bangumiSpiritedAway, again], none, { now });
    expect(merged).toBe(1);
    expect(titles[0]?.sourceRecords).toEqual([{ source: 'bangumi_data', sourceKey: '311' }]);
  });

  it('derives the same ids on every run', () => {
    const run = () => resolveEntities([bangumiSpiritedAway, vegaSpiritedAway], none, { now }).titles.map((t) => t.id);
    expect(run()).toEqual(run());
    expect(run()).toEqual([titleIdFor('bangumi_data', '311')]);
    expect(titleIdFor('bangumi_data', '311')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
