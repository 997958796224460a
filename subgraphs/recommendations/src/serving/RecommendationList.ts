/** The §5 `recommendation_type`, as the GraphQL `RecommendationKind` spells it. */
export type RecommendationKind = 'COLLABORATIVE' | 'CONTENT' | 'GRAPH' | 'CONTEXT' | 'TRENDING' | 'ONBOARDING' | 'POPULARITY';

/** One recommended title. */
export interface RecommendationItem {
  titleId: string;
  score: number;
  confidence: number;
  kind: RecommendationKind;
  explanation: string;
  /** Title ids the explanation cites (§5 `based_on`). */
  basedOn: string[];
}

/** A served list (GraphQL `RecommendationList`). */
export interface RecommendationList {
  items: RecommendationItem[];
  personalized: boolean;
  fallback: 'COLD_START' | 'POPULARITY' | null;
  reason: string | null;
  experiment: { name: string; variant: string } | null;
  generatedAt: Date;
  ttlSeconds: number;
}

/** How long a client may cache a list: the models change at most every training interval. */
export const RECOMMENDATIONS_TTL_SECONDS = 3600;
