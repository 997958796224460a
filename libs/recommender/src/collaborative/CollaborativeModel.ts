import { aggregateFeedback } from '../signals/aggregateFeedback.js';
import type { Interaction } from '../signals/Interaction.js';
import type { AlsModel } from './AlsModel.js';
import { buildFeedbackMatrix } from './buildFeedbackMatrix.js';
import { buildItemKnn, type ItemKnnModel } from './buildItemKnn.js';
import { trainImplicitAls } from './trainImplicitAls.js';

/** Fewer aggregated (profile, title) values than this, or fewer than two profiles, and ALS is not trained. */
export const MIN_FEEDBACK_FOR_ALS = 10;

/**
 * The collaborative side of a recommender: ALS and item-kNN over the titles anyone interacted with. Their item
 * indices are the matrix's, not the catalogue's: a title nobody touched has no collaborative signal, and leaving it out keeps
 * training cheap (a few hundred rows instead of the whole catalogue). `toCatalog` maps back.
 */
export interface CollaborativeModel {
  als: AlsModel | null;
  knn: ItemKnnModel;
  /** Model item index → catalogue index. */
  toCatalog: Int32Array;
  /** Catalogue index → model item index. */
  fromCatalog: ReadonlyMap<number, number>;
  profiles: number;
  feedback: number;
}

/** Trains from the whole interaction log; null when there is nothing to learn from. */
export function trainCollaborativeModel(interactions: readonly Interaction[], indexById: ReadonlyMap<string, number>, seed = 7): CollaborativeModel | null {
  const feedback = aggregateFeedback(interactions).filter((entry) => indexById.has(entry.itemId));
  const profiles = new Set(feedback.map((entry) => entry.userId)).size;
  if (feedback.length === 0 || profiles < 2) return null;
  const matrix = buildFeedbackMatrix(feedback);
  const toCatalog = Int32Array.from(matrix.itemIds.map((id) => indexById.get(id)!));
  const als = feedback.length >= MIN_FEEDBACK_FOR_ALS ? trainImplicitAls(matrix, { seed }) : null;
  return {
    als,
    knn: buildItemKnn(matrix),
    toCatalog,
    fromCatalog: new Map([...toCatalog].map((catalogIndex, i) => [catalogIndex, i])),
    profiles,
    feedback: feedback.length,
  };
}
