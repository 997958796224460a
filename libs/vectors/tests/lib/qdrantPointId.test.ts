import { describe, expect, it } from 'vitest';
import { POINT_ID_NAMESPACE, qdrantPointId } from '../../src/lib/qdrantPointId.js';

describe('qdrantPointId', () => {
  it('is RFC 9562 UUIDv5 (the DNS-namespace test value every implementation agrees on)', () => {
    expect(qdrantPointId('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
  });

  it('maps a string id to the same UUID every time, and different ids apart', () => {
    // Pinned: changing the namespace or the algorithm would orphan every point already stored in Qdrant.
    expect(qdrantPointId('title:tt0111161')).toBe('1f2ce8ba-6dba-567e-a61c-1d4d2f1f6790');
    expect(qdrantPointId('title:tt0111161', POINT_ID_NAMESPACE)).toBe(qdrantPointId('title:tt0111161'));
    expect(qdrantPointId('title:tt0111162')).not.toBe(qdrantPointId('title:tt0111161'));
    expect(qdrantPointId('ü')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('refuses a namespace that is not a UUID', () => {
    expect(() => qdrantPointId('x', 'not-a-uuid')).toThrow(new TypeError('namespace must be a UUID, got not-a-uuid'));
  });
});
