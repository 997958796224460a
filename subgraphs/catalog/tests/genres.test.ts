import { describe, expect, it } from 'vitest';
import { GENRES, isGenre } from '../src/title/genres.js';

describe('genres', () => {
  it('has the 18 canonical genres', () => {
    expect(GENRES).toHaveLength(18);
    expect(isGenre('science_fiction')).toBe(true);
    expect(isGenre('sci-fi')).toBe(false);
  });
});
