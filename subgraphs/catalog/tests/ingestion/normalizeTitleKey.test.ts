import { describe, expect, it } from 'vitest';
import { normalizeTitleKey } from '../../src/ingestion/normalizeTitleKey.js';

describe('normalizeTitleKey', () => {
  it.each([
    ['The Lord of the Rings: The Two Towers', 'lord of the rings the two towers'],
    ['  Amélie  ', 'amelie'],
    ['Mr. & Mrs. Smith', 'mr and mrs smith'],
    ['Spider-Man', 'spiderman'],
    ['A Bug’s Life', 'bugs life'],
    ['An American Tail', 'american tail'],
    ['ＡＫＩＲＡ', 'akira'],
    ['Theatre of Blood', 'theatre of blood'],
    ['The', 'the'],
    ['千と千尋の神隠し', '千と千尋の神隠し'],
  ])('%s → %s', (input, key) => {
    expect(normalizeTitleKey(input)).toBe(key);
  });

  it('keeps Japanese voicing marks, so different words stay different', () => {
    expect(normalizeTitleKey('ガンダム')).not.toBe(normalizeTitleKey('カンタム'));
  });
});
