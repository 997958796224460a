import type { Identity } from '@media-gateway/auth';
import type { ExperimentStore } from './store/ExperimentStore.js';
import type { RecommendationsEngine } from './serving/RecommendationsEngine.js';

/** What recommending's resolvers work with, for one request. */
export interface RecommendationsContext {
  /** Who the router says is calling (verified when the context was made). */
  identity: Identity;
  engine: RecommendationsEngine;
  experiments: ExperimentStore;
  now(): number;
}
