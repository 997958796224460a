import { describe, expect, it } from 'vitest';
import { searchKey } from '../../src/store/searchKey.js';

describe('searchKey', () => {
  it.each([
    ['Amélie', 'amelie'],
    ['Spider-Man: No Way Home', 'spider man no way home'],
    ["Le Fabuleux Destin d'Amélie Poulain", 'le fabuleux destin d amelie poulain'],
    ['  WALL·E  ', 'wall e'],
    ['千と千尋の神隠し', '千と千尋の神隠し'],
    ['%_\\', ''],
  ])('%j → %j', (text, key) => {
    expect(searchKey(text)).toBe(key);
  });
});
