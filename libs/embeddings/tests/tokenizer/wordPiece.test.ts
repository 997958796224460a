import { describe, expect, it } from 'vitest';
import { wordPiece } from '../../src/tokenizer/wordPiece.js';

describe('wordPiece', () => {
  const vocabulary = new Map(['[UNK]', 'un', 'una', '##ffa', '##ff', '##able', '##ble', 'a'].map((token, id) => [token, id]));

  it('takes the longest matching piece first, then ## continuations', () => {
    // "una" beats "un"; then "##ffa" beats "##ff"; then "##ble".
    expect(wordPiece('unaffable', vocabulary, 0)).toEqual([2, 3, 6]);
  });

  it('makes the whole word [UNK] when any remainder matches nothing', () => {
    expect(wordPiece('unaffablex', vocabulary, 0)).toEqual([0]);
    expect(wordPiece('xyz', vocabulary, 0)).toEqual([0]);
  });

  it('makes an over-long word [UNK]', () => {
    expect(wordPiece('aaaa', vocabulary, 0, 3)).toEqual([0]);
  });
});
