import { describe, expect, it } from 'vitest';
import { formatTable } from '../../src/output/formatTable.js';

describe('formatTable', () => {
  it('aligns columns by their widest cell, without trailing blanks', () => {
    expect(formatTable(['ID', 'NAME', 'NOTE'], [['1', 'Alien', ''], ['22', 'Amélie', 'multi\nline']])).toBe(
      ['ID  NAME    NOTE', '1   Alien', '22  Amélie  multi line'].join('\n'),
    );
  });
});
