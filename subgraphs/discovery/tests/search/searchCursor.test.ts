import { describe, expect, it } from 'vitest';
import { decodeSearchCursor, encodeSearchCursor } from '../../src/search/searchCursor.js';

describe('search cursors', () => {
  it('round-trips an offset for the same request', () => {
    expect(decodeSearchCursor(encodeSearchCursor(40, 'abc123'), 'abc123')).toBe(40);
  });

  it('refuses a cursor from another request, a tampered one and garbage', () => {
    const cursor = encodeSearchCursor(20, 'abc123');
    expect(decodeSearchCursor(cursor, 'def456')).toBeNull();
    expect(decodeSearchCursor(Buffer.from('s1:abc123:-5').toString('base64url'), 'abc123')).toBeNull();
    expect(decodeSearchCursor(Buffer.from('s1:abc123:20:extra').toString('base64url'), 'abc123')).toBeNull();
    expect(decodeSearchCursor('not a cursor!', 'abc123')).toBeNull();
    expect(decodeSearchCursor('x'.repeat(500), 'abc123')).toBeNull();
  });
});
