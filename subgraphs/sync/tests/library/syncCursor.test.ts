import { describe, expect, it } from 'vitest';
import { decodeSyncCursor, encodeSyncCursor } from '@media-gateway/sync';

describe('sync cursors', () => {
  it('round-trip a sequence and look opaque', () => {
    for (const sequence of [0, 1, 42, 9_007_199_254_740]) expect(decodeSyncCursor(encodeSyncCursor(sequence))).toBe(sequence);
    expect(encodeSyncCursor(42)).not.toContain('42');
  });

  it('refuse what this server did not issue', () => {
    for (const cursor of ['', '42', 'b3A6', Buffer.from('op:-1').toString('base64url'), Buffer.from('op:1e3').toString('base64url'), 'x'.repeat(100)]) {
      expect(decodeSyncCursor(cursor)).toBeNull();
    }
  });
});
