/**
 * Why a result is in the list, in words a person reads (§16 scenario 9: "each result has a primary reason,
 * secondary reasons and a score breakdown"). `kind` lets a client pick an icon or group reasons.
 */
export interface MatchReason {
  kind: MatchReasonKind;
  text: string;
}

/** In order of how much they explain: the first reason a result has is its primary reason. */
export const MATCH_REASON_KINDS = [
  'person', 'reference', 'graph', 'genre', 'mood', 'era', 'runtime', 'platform', 'keyword', 'semantic', 'popular',
] as const;
export type MatchReasonKind = (typeof MATCH_REASON_KINDS)[number];
