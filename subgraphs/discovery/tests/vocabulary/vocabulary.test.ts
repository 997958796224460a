import { describe, expect, it } from 'vitest';
import {
  CONTENT_RATING_LEVELS,
  GENRES,
  PLATFORMS,
  normalizeGenre,
  parseContentRating,
  ratingRank,
  stricterRating,
} from '@media-gateway/discovery';

describe('discovery’s copy of the catalog vocabulary', () => {
  it('has the 18 genres of PRODUCT_SPEC §2, spelled as the catalog stores them', () => {
    expect(GENRES).toEqual([
      'action', 'adventure', 'animation', 'comedy', 'crime', 'documentary', 'drama', 'family', 'fantasy',
      'history', 'horror', 'music', 'mystery', 'romance', 'science_fiction', 'thriller', 'war', 'western',
    ]);
  });

  it('reads genres in every neighbouring spelling', () => {
    expect(['science_fiction', 'SCIENCE_FICTION', 'Science Fiction', ' science-fiction '].map(normalizeGenre)).toEqual(
      Array(4).fill('science_fiction'),
    );
    expect(normalizeGenre('sitcom')).toBeNull();
  });

  it('has the §2 platform enum with the catalog’s ids', () => {
    expect(PLATFORMS.map((p) => p.id)).toEqual([
      'netflix', 'prime_video', 'disney_plus', 'hulu', 'hbo_max', 'apple_tv_plus', 'paramount_plus', 'peacock', 'youtube',
      'crave', 'bbc_iplayer', 'crunchyroll',
    ]);
    expect(PLATFORMS.find((p) => p.id === 'crave')?.regions).toEqual(['CA']);
  });

  it('orders ratings as identity and the catalog do, and reads them loosely', () => {
    expect(CONTENT_RATING_LEVELS).toEqual(['G', 'PG', 'PG_13', 'R', 'NC_17']);
    expect(['PG-13', 'pg13', 'PG_13', 'Rated PG-13'].map(parseContentRating)).toEqual(Array(4).fill('PG_13'));
    expect([parseContentRating('Not Rated'), parseContentRating('Unrated'), parseContentRating(null)]).toEqual([null, null, null]);
    expect(ratingRank('NC_17')).toBe(4);
    expect(stricterRating('R', 'PG')).toBe('PG');
    expect(stricterRating(null, 'R')).toBe('R');
    expect(stricterRating(null, null)).toBeNull();
  });
});
