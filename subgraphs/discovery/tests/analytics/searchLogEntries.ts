import type { SearchLogEntry } from '../../src/analytics/SearchLogEntry.js';

/** A valid entry, with `overrides` on top. */
export function searchLogEntry(overrides: Partial<SearchLogEntry> = {}): SearchLogEntry {
  return {
    query: 'the dark knight',
    strategy: 'HYBRID',
    region: 'US',
    resultCount: 12,
    latencyMs: 25,
    cached: false,
    at: new Date('2026-12-02T10:00:00.000Z'),
    ...overrides,
  };
}
