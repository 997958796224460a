import type { CollaborativeModel } from '../collaborative/CollaborativeModel.js';
import type { CatalogItem } from '../content/CatalogItem.js';
import type { ItemGraph } from '../graph/ItemGraph.js';
import type { Scorer } from '../scoring/Scorer.js';

/** Everything `recommendHybrid` reads, built off the request path and swapped in whole when retrained. */
export interface HybridModels {
  /** The catalogue, with content vectors (items without one are skipped by the content source and MMR). */
  items: readonly CatalogItem[];
  graph: ItemGraph;
  /** Catalogue indices, most popular first: the popularity fallback's order. */
  popularity: ArrayLike<number>;
  /** Null before anyone interacted with anything. */
  collaborative: CollaborativeModel | null;
  /** Scores the ALS item factors (ONNX Runtime or the TypeScript loop); null without an ALS model. */
  scorer: Scorer | null;
}
