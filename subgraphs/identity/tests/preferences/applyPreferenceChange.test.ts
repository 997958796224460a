import { describe, expect, it } from 'vitest';
import { applyPreferenceChange } from '../../src/preferences/applyPreferenceChange.js';
import { DEFAULT_PREFERENCES, type Preferences } from '../../src/preferences/Preferences.js';

const current: Preferences = {
  ...DEFAULT_PREFERENCES,
  favoriteGenres: ['comedy', 'drama'],
  dislikedGenres: ['horror', 'war'],
  preferredLanguages: ['en-US', 'fr'],
  subscribedPlatforms: ['netflix'],
};

describe('applyPreferenceChange: genres never overlap (§7)', () => {
  it('adding a favourite takes it out of the dislikes', () => {
    expect(applyPreferenceChange(current, { favoriteGenres: { add: ['Horror'] } }).value).toMatchObject({
      favoriteGenres: ['comedy', 'drama', 'horror'],
      dislikedGenres: ['war'],
    });
  });

  it('adding a dislike takes it out of the favourites', () => {
    expect(applyPreferenceChange(current, { dislikedGenres: { add: ['drama'] } }).value).toMatchObject({
      favoriteGenres: ['comedy'],
      dislikedGenres: ['horror', 'war', 'drama'],
    });
  });

  it('setting a list also takes its genres out of the other', () => {
    expect(applyPreferenceChange(current, { favoriteGenres: { set: ['war', 'animation'] } }).value).toMatchObject({
      favoriteGenres: ['war', 'animation'],
      dislikedGenres: ['horror'],
    });
  });

  it('removes genres and dedupes case-insensitively', () => {
    expect(applyPreferenceChange(current, { favoriteGenres: { add: ['Comedy', 'THRILLER', 'thriller'], remove: ['DRAMA'] } }).value).toMatchObject({
      favoriteGenres: ['comedy', 'thriller'],
    });
  });

  it('refuses a genre named for both lists in one change', () => {
    expect(applyPreferenceChange(current, { favoriteGenres: { add: ['anime'] }, dislikedGenres: { set: ['Anime', 'war'] } })).toEqual({
      ok: false,
      problems: ['genres cannot be both favorite and disliked: anime'],
    });
  });

  it('refuses set combined with add/remove, and adding and removing the same genre', () => {
    expect(applyPreferenceChange(current, { favoriteGenres: { set: ['a'], add: ['b'] }, dislikedGenres: { add: ['x'], remove: ['X'] } }).problems).toEqual([
      'favoriteGenres takes either set, or add and remove, not both',
      'dislikedGenres cannot add and remove the same value: x',
    ]);
  });

  it('repairs an overlap left in stored data in favour of the dislike', () => {
    const legacy = { ...current, favoriteGenres: ['comedy', 'horror'] };
    expect(applyPreferenceChange(legacy, { autoplayNext: false }).value).toMatchObject({ favoriteGenres: ['comedy'], dislikedGenres: ['horror', 'war'] });
  });
});

describe('applyPreferenceChange: languages', () => {
  it('canonicalises BCP 47 tags and keeps the given order without duplicates', () => {
    expect(applyPreferenceChange(current, { preferredLanguages: ['pt-br', 'EN-us', 'ja', 'en-US', 'pt-BR'] }).value?.preferredLanguages).toEqual([
      'pt-BR',
      'en-US',
      'ja',
    ]);
  });

  it('reports every invalid tag', () => {
    expect(applyPreferenceChange(current, { preferredLanguages: ['en', 'english!', 'x', 'de'] })).toEqual({
      ok: false,
      problems: ['preferredLanguages has invalid BCP 47 language tags: "english!", "x"'],
    });
  });

  it('leaves the list alone when not given, and clears it with an empty list', () => {
    expect(applyPreferenceChange(current, {}).value?.preferredLanguages).toEqual(['en-US', 'fr']);
    expect(applyPreferenceChange(current, { preferredLanguages: [] }).value?.preferredLanguages).toEqual([]);
  });
});

describe('applyPreferenceChange: other fields', () => {
  it('dedupes platforms and checks them against the catalog when told how', () => {
    const knownPlatform = (id: string) => ['netflix', 'hulu', 'crunchyroll'].includes(id);
    expect(applyPreferenceChange(current, { subscribedPlatforms: { add: ['Hulu', 'hulu', 'netflix'] } }, { knownPlatform }).value?.subscribedPlatforms).toEqual([
      'netflix',
      'hulu',
    ]);
    expect(applyPreferenceChange(current, { subscribedPlatforms: { set: ['hulu', 'disney', 'bad id!'] } }, { knownPlatform }).problems).toEqual([
      'subscribedPlatforms has malformed platform ids: "bad id!"',
      'subscribedPlatforms has unknown platform ids: disney',
    ]);
  });

  it('sets rating, quality and autoplay; null clears the rating', () => {
    const changed = applyPreferenceChange(current, { maxContentRating: 'R', preferredVideoQuality: 'UHD_4K', autoplayNext: false });
    expect(changed.value).toMatchObject({ maxContentRating: 'R', preferredVideoQuality: 'UHD_4K', autoplayNext: false });
    expect(applyPreferenceChange({ ...current, maxContentRating: 'R' }, { maxContentRating: null }).value?.maxContentRating).toBeNull();
    expect(applyPreferenceChange({ ...current, maxContentRating: 'R' }, { preferredVideoQuality: null }).value?.maxContentRating).toBe('R');
  });

  it('reports every bad field together', () => {
    expect(applyPreferenceChange(current, { maxContentRating: 'PG-13', preferredVideoQuality: '8K', preferredLanguages: ['??'] }).problems).toEqual([
      'preferredLanguages has invalid BCP 47 language tags: "??"',
      'maxContentRating must be one of G, PG, PG_13, R, NC_17 or null, got "PG-13"',
      'preferredVideoQuality must be one of SD, HD, UHD_4K, got "8K"',
    ]);
  });

  it('does not mutate the current preferences', () => {
    const before = structuredClone(current);
    applyPreferenceChange(current, { favoriteGenres: { add: ['horror'] }, preferredLanguages: ['de'] });
    expect(current).toEqual(before);
  });
});
