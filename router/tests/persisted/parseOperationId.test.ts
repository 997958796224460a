import { describe, expect, it } from 'vitest';
import { parseOperationId } from '../../src/persisted/parseOperationId.js';

const HEX = '0123456789abcdef'.repeat(4);

describe('parseOperationId', () => {
  it('reads a bare SHA-256 hex digest, lower-casing it', () => {
    expect(parseOperationId(HEX, { allowPrefix: false })).toBe(HEX);
    expect(parseOperationId(HEX.toUpperCase(), { allowPrefix: false })).toBe(HEX);
  });

  it('takes the sha256: prefix only where allowed (documentId, not sha256Hash)', () => {
    expect(parseOperationId(`sha256:${HEX}`, { allowPrefix: true })).toBe(HEX);
    expect(parseOperationId(`sha256:${HEX}`, { allowPrefix: false })).toBeUndefined();
  });

  it('refuses anything that is not 64 hex digits', () => {
    for (const value of [HEX.slice(1), `${HEX}0`, `md5:${HEX}`, HEX.replace('a', 'g'), '', 42, null, undefined]) {
      expect(parseOperationId(value, { allowPrefix: true })).toBeUndefined();
    }
  });
});
