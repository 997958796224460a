import type { NormalizeResult, NormalizedTitle, SourceAdapter } from '../../src/ingestion/types.js';
import { makeOffer, makeRecord } from './makeRecord.js';

export type SimpleRecord = { key: string; title: string; year?: number; imdb?: string; platform?: string; director?: string };

/** A source over records held in memory; `version` is its fingerprint, as a dataset's file hash would be. */
export function recordsAdapter(source: string, records: SimpleRecord[], version = '1'): SourceAdapter<SimpleRecord> {
  return {
    source,
    rateLimitConfig: { requests: null, windowSeconds: 60 },
    fingerprint: async () => `${source}:${version}`,
    async *fetchCatalogDelta() {
      yield* records;
    },
    normalize(raw): NormalizeResult {
      const title: NormalizedTitle = makeRecord({
        source,
        sourceKey: raw.key,
        title: raw.title,
        releaseDate: raw.year ? new Date(Date.UTC(raw.year, 0, 1)) : null,
        genres: ['drama'],
        externalIds: raw.imdb ? [{ system: 'imdb', value: raw.imdb }] : [],
        credits: raw.director ? [{ personName: raw.director, role: 'DIRECTOR', job: 'Director', position: 0 }] : [],
        offers: raw.platform ? [makeOffer({ platformId: raw.platform, platformTitleId: raw.key })] : [],
      });
      return { ok: true, title };
    },
    generateDeepLink: () => null,
  };
}
