import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { API_KEY_ALPHABET, apiKeyLookupPrefix, generateApiKey, hashApiKey } from '../../src/apiKey/generateApiKey.js';
import { isApiKeyFormat } from '../../src/apiKey/isApiKeyFormat.js';
import { maskApiKey } from '../../src/apiKey/maskApiKey.js';
import { fixedRandom } from '../lib/fixedRandom.js';

describe('generateApiKey (§6)', () => {
  it('is mg_live_ plus 32 base62 characters, with a 12-character prefix and a SHA-256 hash', () => {
    const { key, prefix, hash } = generateApiKey();
    expect(key).toMatch(/^mg_live_[A-Za-z0-9]{32}$/);
    expect(prefix).toBe(key.slice(0, 12));
    expect(prefix).toMatch(/^mg_live_[A-Za-z0-9]{4}$/);
    expect(hash).toBe(createHash('sha256').update(key).digest('hex'));
    expect(isApiKeyFormat(key)).toBe(true);
  });

  it('carries at least 190 bits of entropy', () => {
    expect(API_KEY_ALPHABET).toHaveLength(62);
    expect(new Set(API_KEY_ALPHABET).size).toBe(62);
    expect(32 * Math.log2(62)).toBeGreaterThan(190);
  });

  it('draws every position uniformly from the alphabet', () => {
    const counts = new Map<string, number>();
    for (let i = 0; i < 2000; i++) for (const ch of generateApiKey().key.slice(8)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
    expect(counts.size).toBe(62);
    // 64,000 symbols over 62 values: about 1,032 each; a biased mapping would leave some far below.
    for (const count of counts.values()) expect(count).toBeGreaterThan(850);
  });

  it('is deterministic under an injected random source', () => {
    expect(generateApiKey(fixedRandom([0, 1, 61])).key).toBe(`mg_live_${'AB9'.repeat(10)}AB`);
  });

  it('derives prefix and hash from a presented key the same way', () => {
    const { key, prefix, hash } = generateApiKey();
    expect(apiKeyLookupPrefix(key)).toBe(prefix);
    expect(hashApiKey(key)).toBe(hash);
  });
});

describe('isApiKeyFormat', () => {
  it.each([
    ['mg_live_' + 'a'.repeat(31), false],
    ['mg_live_' + 'a'.repeat(33), false],
    ['mg_test_' + 'a'.repeat(32), false],
    ['mg_live_' + 'a'.repeat(31) + '-', false],
    ['Bearer mg_live_' + 'a'.repeat(32), false],
    ['mg_live_' + 'aZ09'.repeat(8), true],
  ])('%j → %s', (value, expected) => {
    expect(isApiKeyFormat(value)).toBe(expected);
  });
});

describe('maskApiKey', () => {
  it('shows the prefix and an ellipsis, and never more even when handed a whole key', () => {
    expect(maskApiKey('mg_live_AbCd')).toBe('mg_live_AbCd…');
    expect(maskApiKey(generateApiKey(fixedRandom([0])).key)).toBe('mg_live_AAAA…');
  });
});
