import type { NormalizedTitle, SkipReason, SourceAdapter } from './types.js';

export interface NormalizedSource {
  /** Raw records the source yielded. */
  total: number;
  records: NormalizedTitle[];
  skipped: Partial<Record<SkipReason, number>>;
}

/** Reads a source's whole catalogue and normalizes it, counting what was skipped and why. */
export async function normalizeSource(adapter: SourceAdapter, since: Date | null = null): Promise<NormalizedSource> {
  const records: NormalizedTitle[] = [];
  const skipped: Partial<Record<SkipReason, number>> = {};
  let total = 0;
  for await (const raw of adapter.fetchCatalogDelta(since)) {
    total += 1;
    const result = adapter.normalize(raw);
    if (result.ok) records.push(result.title);
    else skipped[result.skipReason] = (skipped[result.skipReason] ?? 0) + 1;
  }
  return { total, records, skipped };
}
