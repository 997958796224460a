import { describe, expect, it } from 'vitest';
import { localizedName } from '../../src/title/localizedName.js';

const names = [
  { locale: 'ja', position: 0, name: '千と千尋の神隠し' },
  { locale: 'en', position: 0, name: 'Spirited Away' },
  { locale: 'zh-Hans', position: 0, name: '千与千寻' },
  { locale: 'es-ES', position: 0, name: 'El viaje de Chihiro' },
];

describe('localizedName (PRODUCT_SPEC §2 fallback chain)', () => {
  it('prefers the exact tag, case-insensitively', () => {
    expect(localizedName(names, 'ZH-hans', 'x')).toBe('千与千寻');
  });

  it('falls back to the same language in another region or script', () => {
    expect(localizedName(names, 'es-MX', 'x')).toBe('El viaje de Chihiro');
    expect(localizedName(names, 'zh-Hant', 'x')).toBe('千与千寻');
  });

  it('falls back to the bare language, then English, then the given fallback', () => {
    expect(localizedName(names, 'ja-JP', 'x')).toBe('千と千尋の神隠し');
    expect(localizedName(names, 'de-DE', 'x')).toBe('Spirited Away');
    expect(localizedName([], 'de', 'Original')).toBe('Original');
  });
});
