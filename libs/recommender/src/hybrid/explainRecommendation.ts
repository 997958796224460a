import type { ColdStartPick } from './coldStart.js';
import type { CandidateSource } from './HybridWeights.js';
import type { MergedCandidate } from './mergeCandidates.js';
import type { PopularPick } from './popularityFallback.js';

/** §5 `recommendation_type`: the source that contributed most, or how a cold-start / fallback pick was made. */
export type RecommendationType = 'COLLABORATIVE' | 'CONTENT' | 'GRAPH' | 'CONTEXT' | 'ONBOARDING_GENRE' | 'REGIONAL_TRENDING' | 'POPULAR';

export interface Explanation {
  type: RecommendationType;
  /** One line for the viewer, e.g. "Same director as Heat". */
  text: string;
  /** §5 `based_on`: the history item indices the text cites (empty when it cites none). */
  basedOn: number[];
}

const SOURCE_TYPES: Readonly<Record<CandidateSource, RecommendationType>> = { collaborative: 'COLLABORATIVE', content: 'CONTENT', graph: 'GRAPH', context: 'CONTEXT' };

// Used when no source named a history item; phrased so they are true whatever the user watched.
const GENERIC_TEXT: Readonly<Record<CandidateSource, string>> = {
  collaborative: 'Popular with viewers who watch what you watch',
  content: 'Matches what you like to watch',
  graph: 'Related to titles you watched',
  context: 'A good fit for this time of day',
};

/**
 * Turns a pick's provenance into the viewer-facing line and `based_on`. A merged candidate cites its `because` item
 * when a source named one: "Same director as X" / "Shares cast with X" / "Same genre and era as X" for graph edges,
 * "Because you watched X" otherwise; `type` is the source with the largest weighted contribution. Cold-start and
 * fallback picks say why they were chosen ("Because you like science fiction", "Popular in your region").
 * `titleOf` maps an item index to its display name.
 */
export function explainRecommendation(pick: MergedCandidate | ColdStartPick | PopularPick, titleOf: (index: number) => string): Explanation {
  if ('reason' in pick) {
    switch (pick.reason) {
      case 'ONBOARDING_GENRE':
        return { type: pick.reason, text: `Because you like ${(pick.genre ?? 'this genre').replaceAll('_', ' ')}`, basedOn: [] };
      case 'REGIONAL_TRENDING':
        return { type: pick.reason, text: pick.region ? 'Popular in your region' : 'Trending now', basedOn: [] };
      case 'POPULAR':
        return { type: pick.reason, text: 'Popular right now', basedOn: [] };
    }
  }
  const top = pick.sources[0]?.source ?? 'collaborative';
  const type = SOURCE_TYPES[top];
  if (!pick.because) return { type, text: GENERIC_TEXT[top], basedOn: [] };
  const title = titleOf(pick.because.index);
  switch (pick.because.relation) {
    case 'DIRECTOR':
      return { type, text: `Same director as ${title}`, basedOn: [pick.because.index] };
    case 'CAST':
      return { type, text: `Shares cast with ${title}`, basedOn: [pick.because.index] };
    case 'GENRE_ERA':
      return { type, text: `Same genre and era as ${title}`, basedOn: [pick.because.index] };
    default:
      return { type, text: `Because you watched ${title}`, basedOn: [pick.because.index] };
  }
}
