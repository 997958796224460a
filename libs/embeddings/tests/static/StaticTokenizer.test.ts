import { describe, expect, it } from 'vitest';
import { StaticTokenizer } from '../../src/static/StaticTokenizer.js';

describe('StaticTokenizer', () => {
  const words = ['the', 'robbery', 'skate', 'rob', 'crime', 'quick', 'bus'];
  const tokenizer = new StaticTokenizer(words, Float32Array.of(0.1, 1, 1, 1, 0.9, 0.8, 0.7));

  it('maps known words to ids with their weights and drops unknown words', () => {
    const encoding = tokenizer.encode('The CRIME of zzyzx');
    expect(encoding.ids).toEqual([0, 4]);
    expect(encoding.weights.map((w) => Number(w.toFixed(6)))).toEqual([0.1, 0.9]);
  });

  it('falls back to plural, -ing, -ed and -ly stems', () => {
    expect(tokenizer.lookup('robberies')).toBe(1);
    expect(tokenizer.lookup('crimes')).toBe(4);
    expect(tokenizer.lookup('skating')).toBe(2);
    expect(tokenizer.lookup('robbed')).toBe(3);
    expect(tokenizer.lookup('quickly')).toBe(5);
    expect(tokenizer.lookup('buses')).toBe(6);
    expect(tokenizer.lookup('zzyzx')).toBeUndefined();
  });

  it('gives an empty encoding for empty or unknown text', () => {
    expect(tokenizer.encode('')).toEqual({ ids: [], weights: [] });
    expect(tokenizer.encode('zzyzx qqq')).toEqual({ ids: [], weights: [] });
  });

  it('keeps at most maxWords words', () => {
    expect(new StaticTokenizer(words, new Float32Array(words.length), 2).encode('the crime the crime').ids).toEqual([0, 4]);
  });
});
