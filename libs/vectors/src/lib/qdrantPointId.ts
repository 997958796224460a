import { createHash } from 'node:crypto';

/**
 * The namespace of our UUIDv5 point ids. Fixed forever: changing it would orphan every point already in Qdrant.
 * (Chosen once, at random, for this package.)
 */
export const POINT_ID_NAMESPACE = '5b0f6f3e-8d0a-4c52-9a55-2f0e3c7a91d4';

/**
 * Qdrant accepts only unsigned integers and UUIDs as point ids, and ours are strings such as `title:tt0111161`.
 * A name-based UUID (RFC 9562 §5.5, version 5: SHA-1 of namespace + name) maps each string to the same UUID on
 * every replica without a lookup table; the original id travels in the payload (`_id`) for the way back.
 */
export function qdrantPointId(id: string, namespace = POINT_ID_NAMESPACE): string {
  const hash = createHash('sha1').update(uuidBytes(namespace)).update(id, 'utf8').digest();
  const bytes = hash.subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50; // version 5
  bytes[8] = (bytes[8]! & 0x3f) | 0x80; // RFC 9562 variant
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function uuidBytes(uuid: string): Buffer {
  const hex = uuid.replace(/-/g, '');
  if (!/^[0-9a-f]{32}$/i.test(hex)) throw new TypeError(`namespace must be a UUID, got ${uuid}`);
  return Buffer.from(hex, 'hex');
}
