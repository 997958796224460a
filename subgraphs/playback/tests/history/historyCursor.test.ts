import { describe, expect, it } from 'vitest';
import { decodeHistoryCursor, encodeHistoryCursor } from '../../src/history/historyCursor.js';

describe('history cursors', () => {
  it('round-trip the sort key', () => {
    const cursor = { watchedAt: Date.UTC(2026, 11, 3), id: '12345' };
    expect(decodeHistoryCursor(encodeHistoryCursor(cursor))).toEqual(cursor);
  });

  it('refuse anything they did not make', () => {
    for (const text of ['', 'abc', '!!!', Buffer.from('x:1').toString('base64url'), Buffer.from('1:-2').toString('base64url'), 'a'.repeat(200)]) {
      expect(decodeHistoryCursor(text)).toBeNull();
    }
  });
});
