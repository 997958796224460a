import { foldText } from '../lib/foldText.js';
import type { PersonMention } from '../intent/ParsedIntent.js';
import type { RankedItem } from '../ranking/reciprocalRankFusion.js';
import type { MatchReason } from '../ranking/MatchReason.js';
import type { SearchCandidate } from '../ranking/SearchCandidate.js';
import { normalizeGenre } from '../vocabulary/genres.js';

/**
 * Edge weights of PRODUCT_SPEC §4's title graph. Discovery knows directors, cast, genres and years, so it has
 * SAME_DIRECTOR and SHARED_CAST; "same genres, same era" stands in for SIMILAR_TO at a lower weight, since it is a
 * much weaker signal than the curated similarity the spec's graph had. A named person is a direct hit.
 */
export const GRAPH_EDGE_WEIGHTS = Object.freeze({
  sameDirector: 0.7,
  sharedCast: 0.6,
  genreEra: 0.3,
  personDirected: 1.0,
  personStarred: 0.9,
});
/** Shared cast counts up to this many people: a third shared actor says little more than the second. */
const MAX_SHARED_CAST = 3;
/** Years apart at which the era part of `genreEra` reaches zero. */
export const ERA_SPAN_YEARS = 10;

export interface GraphSeeds {
  /** Titles the query names ("like Heat"), or the title whose `similar` is asked for. */
  titles: readonly SearchCandidate[];
  /** People the query names ("directed by Michael Mann"). */
  people: readonly PersonMention[];
}

/**
 * One hop of graph search: scores each candidate by its edges to the seeds and returns the connected ones, best
 * first, each with the edges that connected it as reasons. Seeds themselves are never returned. Ties go to the more
 * popular title, then the id.
 */
export function graphNeighbours(seeds: GraphSeeds, candidates: readonly SearchCandidate[]): RankedItem[] {
  const seedIds = new Set(seeds.titles.map((t) => t.id));
  const scored: Array<{ candidate: SearchCandidate; score: number; reasons: MatchReason[] }> = [];
  for (const candidate of candidates) {
    if (seedIds.has(candidate.id)) continue;
    const directors = new Set(candidate.directors.map(foldText));
    const cast = new Set(candidate.cast.map(foldText));
    const reasons: MatchReason[] = [];
    let score = 0;

    for (const seed of seeds.titles) {
      const sharedDirector = seed.directors.find((d) => directors.has(foldText(d)));
      if (sharedDirector) {
        score += GRAPH_EDGE_WEIGHTS.sameDirector;
        reasons.push({ kind: 'graph', text: `same director as ${seed.title} (${sharedDirector})` });
      }
      const sharedCast = seed.cast.filter((c) => cast.has(foldText(c)));
      if (sharedCast.length > 0) {
        score += GRAPH_EDGE_WEIGHTS.sharedCast * (Math.min(sharedCast.length, MAX_SHARED_CAST) / MAX_SHARED_CAST);
        reasons.push({ kind: 'graph', text: `shares cast with ${seed.title}: ${sharedCast.slice(0, MAX_SHARED_CAST).join(', ')}` });
      }
      const similarity = genreEraSimilarity(seed, candidate);
      if (similarity > 0) {
        score += GRAPH_EDGE_WEIGHTS.genreEra * similarity;
        if (!sharedDirector && sharedCast.length === 0) reasons.push({ kind: 'graph', text: `same genres and era as ${seed.title}` });
      }
    }
    for (const person of seeds.people) {
      const name = foldText(person.name);
      if (person.role !== 'cast' && directors.has(name)) score += GRAPH_EDGE_WEIGHTS.personDirected;
      else if (person.role !== 'director' && cast.has(name)) score += GRAPH_EDGE_WEIGHTS.personStarred;
    }
    if (score > 0) scored.push({ candidate, score, reasons });
  }
  scored.sort(
    (a, b) =>
      b.score - a.score ||
      b.candidate.popularity - a.candidate.popularity ||
      (a.candidate.id < b.candidate.id ? -1 : a.candidate.id > b.candidate.id ? 1 : 0),
  );
  return scored.map((s) => ({ id: s.candidate.id, reasons: s.reasons }));
}

/**
 * Genre overlap (Jaccard) times closeness in years, in [0, 1]: 0 without a shared genre or with either year
 * unknown, falling linearly to 0 at `ERA_SPAN_YEARS` apart.
 */
export function genreEraSimilarity(a: SearchCandidate, b: SearchCandidate): number {
  if (a.releaseYear === null || b.releaseYear === null) return 0;
  const era = 1 - Math.abs(a.releaseYear - b.releaseYear) / ERA_SPAN_YEARS;
  if (era <= 0) return 0;
  const ga = new Set(a.genres.map((g) => normalizeGenre(g)).filter((g) => g !== null));
  const gb = new Set(b.genres.map((g) => normalizeGenre(g)).filter((g) => g !== null));
  const shared = [...ga].filter((g) => gb.has(g)).length;
  if (shared === 0) return 0;
  return (shared / new Set([...ga, ...gb]).size) * era;
}
