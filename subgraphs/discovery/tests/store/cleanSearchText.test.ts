import { describe, expect, it } from 'vitest';
import { cleanSearchText } from '../../src/store/cleanSearchText.js';

describe('cleanSearchText', () => {
  it('turns controls, format characters and lone surrogates into single spaces', () => {
    expect(cleanSearchText('  heat\u0000wave\t\n\u200B2\uD800x\uDC00 ')).toBe('heat wave 2 x');
  });

  it('keeps letters of every script, emoji and websearch syntax', () => {
    expect(cleanSearchText('"Amélie" -Poulain or 千と千尋 🎬')).toBe('"Amélie" -Poulain or 千と千尋 🎬');
  });

  it('cuts to 500 characters without splitting a surrogate pair', () => {
    expect(cleanSearchText('a'.repeat(10_000))).toHaveLength(500);
    const emoji = cleanSearchText('🎬'.repeat(600));
    expect(Array.from(emoji)).toHaveLength(500);
    expect(emoji.endsWith('🎬')).toBe(true);
  });

  it('answers anything that is not a string with the empty string', () => {
    expect(cleanSearchText(undefined)).toBe('');
    expect(cleanSearchText(42)).toBe('');
  });
});
