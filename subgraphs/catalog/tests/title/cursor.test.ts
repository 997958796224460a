import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from '../../src/title/cursor.js';

describe('cursor', () => {
  it('round-trips numbers, strings and nulls', () => {
    for (const value of [0.5, '1999-12-31T00:00:00.000Z', null]) {
      const cursor = { order: 'POPULARITY' as const, value, id: 'a' };
      expect(decodeCursor(encodeCursor(cursor), 'POPULARITY')).toEqual(cursor);
    }
  });

  it('returns null for anything it did not issue', () => {
    const forged = Buffer.from(JSON.stringify(['POPULARITY', { $gt: 1 }, 'a'])).toString('base64url');
    for (const raw of ['', 'not base64!', Buffer.from('{"a":1}').toString('base64url'), forged, 'x'.repeat(600)]) {
      expect(decodeCursor(raw, 'POPULARITY')).toBeNull();
    }
  });
});
