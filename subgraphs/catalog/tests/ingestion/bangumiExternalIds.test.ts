import { describe, expect, it } from 'vitest';
import { bangumiExternalIds, parseTmdbId } from '../../src/ingestion/bangumiExternalIds.js';

describe('parseTmdbId', () => {
  it('reads movie/N and tv/N', () => {
    expect(parseTmdbId('movie/129')).toEqual({ system: 'tmdb_movie', value: '129' });
    expect(parseTmdbId('tv/57706')).toEqual({ system: 'tmdb_tv', value: '57706' });
  });

  it('rejects season, episode and malformed ids', () => {
    for (const id of ['tv/26318/season/0', 'tv/1/season/1/episode/2', 'movie/', 'person/5', '129', 'tv/12-x']) {
      expect(parseTmdbId(id)).toBeNull();
    }
  });
});

describe('bangumiExternalIds', () => {
  it('maps info sites, keeps the first per system and ignores other sites', () => {
    expect(
      bangumiExternalIds([
        { site: 'aniList', id: '21' },
        { site: 'tmdb', id: 'tv/26318/season/0' },
        { site: 'tmdb', id: 'tv/37854' },
        { site: 'mal', id: '21' },
        { site: 'mal', id: '99' },
        { site: 'netflix', id: '80107103' },
        { site: 'dmhy', id: 'one piece' },
      ]),
    ).toEqual([
      { system: 'anilist', value: '21' },
      { system: 'tmdb_tv', value: '37854' },
      { system: 'mal', value: '21' },
    ]);
  });
});
