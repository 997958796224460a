import { describe, expect, it } from 'vitest';
import { excludedIndices, filterReason } from '../../src/serving/ServingFilters.js';

const items = [
  { regions: null, ratingLevel: 0, genres: ['family'] },
  { regions: ['US'], ratingLevel: 3, genres: ['crime'] },
  { regions: ['JP'], ratingLevel: 1, genres: ['animation'] },
  { regions: ['US'], ratingLevel: null, genres: ['documentary'] },
  { regions: ['US'], ratingLevel: 1, genres: ['horror'] },
];

describe('filterReason / excludedIndices', () => {
  it('lets worldwide titles through anywhere and regional ones only in their regions', () => {
    const none = { region: 'JP', maxRatingRank: null, blockedGenres: [] };
    expect(items.map((item) => filterReason(item, none))).toEqual([null, 'REGION', null, 'REGION', 'REGION']);
  });

  it('refuses titles above the rating limit, unrated ones under any limit, and blocked genres', () => {
    const kids = { region: 'US', maxRatingRank: 1, blockedGenres: ['horror'] };
    expect(items.map((item) => filterReason(item, kids))).toEqual([null, 'RATING', 'REGION', 'RATING', 'GENRE']);
    expect(filterReason(items[3]!, { region: 'US', maxRatingRank: null, blockedGenres: [] })).toBeNull();
  });

  it('adds the extra (watched) indices to what the filters exclude', () => {
    expect([...excludedIndices(items, { region: 'US', maxRatingRank: null, blockedGenres: [] }, [0])].sort()).toEqual([0, 2]);
  });
});
