import type { Embedder } from '@media-gateway/embeddings';
import type { VectorIndex } from '@media-gateway/vectors';
import type { RankedItem } from '../../ranking/reciprocalRankFusion.js';
import type { SearchFilters } from '../../ranking/SearchFilters.js';
import { vectorFilter } from './vectorPayload.js';

/** PRODUCT_SPEC §4 caches query embeddings for an hour; they are pure functions of the text, so a bounded map does. */
const QUERY_EMBEDDING_CACHE = 2_000;

/**
 * Cosine below which a title is not "close in meaning" at all, so nonsense finds nothing instead of the nearest
 * noise. Measured over the seeded catalogue: with the static model, real topics score 0.2–0.75 at the top ("high
 * school comedy" 0.75, "bank robbery" 0.38, "space exploration" 0.20) while gibberish ("qzxv walk") and words the
 * model hardly knows stay at or below 0.13. Sentence-transformers put unrelated sentences at 0–0.2.
 */
export const MIN_SIMILARITY: Readonly<Record<string, number>> = Object.freeze({ static: 0.15, sentence: 0.2 });

export interface VectorQuery {
  /** Words to embed; may be '' when only references steer the search. */
  text: string;
  /** Titles the query names: their own vectors join the query's ("like Heat" searches near Heat). */
  referenceIds: readonly string[];
  filters: SearchFilters;
  limit: number;
}

/**
 * Semantic retrieval: the query embedded with the same model as the titles, searched in the title index. The query
 * vector is the mean of the text's embedding and the referenced titles' vectors, so "dark heist movies like Heat"
 * looks near Heat, pulled towards "dark heist".
 */
export class VectorRetriever {
  private readonly embeddings = new Map<string, Float32Array>();

  constructor(
    readonly embedder: Embedder,
    readonly index: VectorIndex,
    private readonly minSimilarity = embedder.provider === 'static' ? MIN_SIMILARITY.static! : MIN_SIMILARITY.sentence!,
  ) {}

  /** Nearest titles, best first, with the best cosine (how sure the vector side is; 0 when it found nothing). */
  async retrieve(query: VectorQuery): Promise<{ items: RankedItem[]; topScore: number }> {
    const parts: Float32Array[] = [];
    if (query.text.trim() !== '') parts.push(await this.embed(query.text));
    for (const id of query.referenceIds) {
      const point = await this.index.get(id);
      if (point) parts.push(point.vector);
    }
    const vector = mean(parts);
    if (!vector) return { items: [], topScore: 0 };
    const exclude = new Set(query.referenceIds);
    const hits = await this.index.search(vector, { limit: query.limit + exclude.size, filter: vectorFilter(query.filters) });
    const kept = hits.filter((hit) => hit.score >= this.minSimilarity && !exclude.has(hit.id)).slice(0, query.limit);
    return { items: kept.map((hit) => ({ id: hit.id })), topScore: kept[0]?.score ?? 0 };
  }

  /** Titles nearest to one title's own vector, without it; [] when the title has no vector yet. */
  async similarTo(titleId: string, limit: number): Promise<RankedItem[]> {
    return (await this.retrieve({ text: '', referenceIds: [titleId], filters: {}, limit })).items;
  }

  private async embed(text: string): Promise<Float32Array> {
    const key = text.trim().toLowerCase();
    const cached = this.embeddings.get(key);
    if (cached) return cached;
    const [vector] = await this.embedder.embed([key]);
    if (this.embeddings.size >= QUERY_EMBEDDING_CACHE) this.embeddings.delete(this.embeddings.keys().next().value!);
    this.embeddings.set(key, vector!);
    return vector!;
  }
}

/** The mean direction of unit vectors, or null when there are none or they cancel out (a zero vector matches nothing). */
function mean(vectors: readonly Float32Array[]): Float32Array | null {
  if (vectors.length === 0) return null;
  if (vectors.length === 1) return isZero(vectors[0]!) ? null : vectors[0]!;
  const sum = new Float32Array(vectors[0]!.length);
  for (const v of vectors) for (let i = 0; i < sum.length; i++) sum[i] = sum[i]! + v[i]!;
  return isZero(sum) ? null : sum;
}

function isZero(vector: Float32Array): boolean {
  return vector.every((x) => x === 0);
}
