import { describe, expect, it } from 'vitest';
import { parseGenres } from '../../src/args/parseGenres.js';
import { parseList } from '../../src/args/parseList.js';

describe('parseGenres (--genre)', () => {
  it('accepts names in any case, with dashes or spaces, comma-separated, and common aliases', () => {
    expect(parseGenres('horror, Science-Fiction')).toEqual(['HORROR', 'SCIENCE_FICTION']);
    expect(parseGenres('sci-fi')).toEqual(['SCIENCE_FICTION']);
  });

  it('accumulates repeated options without duplicates', () => {
    expect(parseGenres('comedy,drama', parseGenres('drama'))).toEqual(['DRAMA', 'COMEDY']);
  });

  it('names the unknown genre and lists the known ones', () => {
    expect(() => parseGenres('horror,romcom')).toThrow(/^unknown genre "romcom"; one of: action, adventure, .*science-fiction, thriller, war, western\.$/);
  });
});

describe('parseList (--platform)', () => {
  it('splits on commas, trims, lower-cases and de-duplicates across repeats', () => {
    expect(parseList(' Netflix,disney-plus ,', parseList('netflix'))).toEqual(['netflix', 'disney-plus']);
  });
});
