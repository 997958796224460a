import type { CatalogItem } from '../content/CatalogItem.js';
import { GRAPH_RELATIONS, type GraphRelation, type ItemGraph } from './ItemGraph.js';

/**
 * Edge weight per relation. A shared director says most about taste (the same hand behind both), a shared lead
 * actor less, and "same primary genre in the same decade" least: it is a broad bucket that mostly adds recall.
 */
export const DEFAULT_GRAPH_WEIGHTS: Readonly<Record<GraphRelation, number>> = Object.freeze({ DIRECTOR: 1, CAST: 0.6, GENRE_ERA: 0.3 });

export interface ItemGraphOptions {
  /** @default DEFAULT_GRAPH_WEIGHTS */
  weights?: Partial<Record<GraphRelation, number>>;
  /** Only the first this-many billed cast members link titles: a bit part says little about the film. @default 5 */
  leadCast?: number;
  /** Out-neighbours one item gets through one director or cast member, the most popular first. @default 30 */
  maxPersonNeighbors?: number;
  /** Out-neighbours one item gets through its genre-and-decade bucket, the most popular first. @default 20 */
  maxGenreEraNeighbors?: number;
  /**
   * A genre-and-decade bucket with more titles than this links none of them: "animation of the 2010s" can hold a
   * quarter of a catalogue, and sharing it says nothing about taste — its edges would only add the same few popular
   * titles to everyone's candidates. @default 1000
   */
  maxGenreEraBucket?: number;
}

/**
 * Links items that share a director, a lead cast member, or their primary genre (the first listed) within the same
 * decade of release. Buckets can be huge (every 2010s drama, a voice actor in 300 anime), and linking all pairs would
 * be quadratic, so each item links only to the most popular other members of each bucket, up to a cap: a bucket of
 * n items costs n × cap edges, not n². This keeps the graph small (≤ ~100 out-edges per item with the defaults) and
 * biases the sample towards titles people know, which is what a "because you watched" pick should be. Genre-era
 * buckets too big to mean anything (`maxGenreEraBucket`) are not linked at all.
 * Names are compared trimmed and case-insensitively; items without a year or genre get no genre-era edges.
 */
export function buildItemGraph(items: readonly CatalogItem[], options: ItemGraphOptions = {}): ItemGraph {
  const weights = { ...DEFAULT_GRAPH_WEIGHTS, ...options.weights };
  const leadCast = positiveInteger('leadCast', options.leadCast ?? 5);
  const personCap = positiveInteger('maxPersonNeighbors', options.maxPersonNeighbors ?? 30);
  const genreEraCap = positiveInteger('maxGenreEraNeighbors', options.maxGenreEraNeighbors ?? 20);
  const genreEraBucketLimit = positiveInteger('maxGenreEraBucket', options.maxGenreEraBucket ?? 1000);

  const buckets = new Map<string, { relation: GraphRelation; members: number[] }>();
  const add = (relation: GraphRelation, key: string, index: number) => {
    const id = `${relation}\u0000${key}`;
    const bucket = buckets.get(id) ?? { relation, members: [] };
    if (bucket.members.at(-1) !== index) bucket.members.push(index);
    buckets.set(id, bucket);
  };
  items.forEach((item, index) => {
    for (const name of new Set(item.directors.map(normalizeName))) if (name) add('DIRECTOR', name, index);
    for (const name of new Set(item.cast.slice(0, leadCast).map(normalizeName))) if (name) add('CAST', name, index);
    const genre = item.genres[0];
    if (genre && item.releaseYear !== null) add('GENRE_ERA', `${genre}|${Math.floor(item.releaseYear / 10) * 10}`, index);
  });

  const rows: Array<Map<number, { weight: number; relation: number }>> = items.map(() => new Map());
  for (const { relation, members } of buckets.values()) {
    if (members.length < 2 || (relation === 'GENRE_ERA' && members.length > genreEraBucketLimit)) continue;
    const cap = relation === 'GENRE_ERA' ? genreEraCap : personCap;
    const byPopularity = [...members].sort((a, b) => items[b]!.popularity - items[a]!.popularity || a - b);
    const head = byPopularity.slice(0, cap + 1);
    const weight = weights[relation];
    const code = GRAPH_RELATIONS.indexOf(relation);
    for (const from of members) {
      let linked = 0;
      for (const to of head) {
        if (to === from) continue;
        if (linked++ === cap) break;
        const row = rows[from]!;
        const existing = row.get(to);
        if (!existing || weight > existing.weight) row.set(to, { weight, relation: code });
      }
    }
  }

  const rowPtr = new Int32Array(items.length + 1);
  rows.forEach((row, i) => (rowPtr[i + 1] = rowPtr[i]! + row.size));
  const edgeCount = rowPtr[items.length]!;
  const neighbors = new Int32Array(edgeCount);
  const edgeWeights = new Float32Array(edgeCount);
  const relations = new Uint8Array(edgeCount);
  rows.forEach((row, i) => {
    let at = rowPtr[i]!;
    for (const [to, edge] of [...row].sort((a, b) => a[0] - b[0])) {
      neighbors[at] = to;
      edgeWeights[at] = edge.weight;
      relations[at] = edge.relation;
      at += 1;
    }
  });
  return { itemCount: items.length, rowPtr, neighbors, weights: edgeWeights, relations };
}

function normalizeName(name: string): string {
  return name.trim().toLowerCase();
}

function positiveInteger(option: string, value: number): number {
  if (!Number.isInteger(value) || value < 1) throw new TypeError(`${option} must be a positive integer, got ${value}`);
  return value;
}
