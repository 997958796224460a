import { describe, expect, it } from 'vitest';
import { PhraseTable } from '../../src/lib/PhraseTable.js';
import { tokenize } from '../../src/lib/tokenize.js';

describe('PhraseTable', () => {
  const table = new PhraseTable<string>([
    ['feel-good', 'mood'],
    ['dark', 'mood'],
    ['dark comedy', 'genre'],
    ['sci-fi', 'genre'],
  ]);

  it('matches hyphenated, spaced and joined spellings alike, longest first', () => {
    expect(table.match(tokenize('feel good movies'), 0)).toEqual({ value: 'mood', length: 2 });
    expect(table.match(tokenize('feelgood'), 0)).toEqual({ value: 'mood', length: 1 });
    expect(table.match(tokenize('SCI FI'), 0)).toEqual({ value: 'genre', length: 2 });
    expect(table.match(tokenize('dark comedy'), 0)).toEqual({ value: 'genre', length: 2 });
    expect(table.match(tokenize('dark comedy'), 0, { maxLength: 1 })).toEqual({ value: 'mood', length: 1 });
  });

  it('honours minLength and accept, and stops at quotes', () => {
    expect(table.match(tokenize('dark night'), 0, { minLength: 2 })).toBeNull();
    expect(table.match(tokenize('dark comedy'), 0, { accept: (v) => v === 'mood' })).toEqual({ value: 'mood', length: 1 });
    expect(table.match(tokenize('dark "comedy"'), 0)).toEqual({ value: 'mood', length: 1 });
    expect(table.match(tokenize('comedy'), 0)).toBeNull();
  });

  it('keeps an existing value when told to', () => {
    const t = new PhraseTable<number>();
    t.set('Heat', 1);
    t.set('heat', 2, (existing, incoming) => existing > incoming);
    t.set('HEAT', 0, (existing, incoming) => existing > incoming);
    expect(t.get('heat')).toBe(2);
  });
});
