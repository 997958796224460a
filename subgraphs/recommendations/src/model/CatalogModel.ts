import { buildItemGraph, metadataVectors, popularityOrder, type ItemGraph } from '@media-gateway/recommender';
import type { CatalogEntry } from '../catalog/CatalogEntry.js';

/** The catalogue side of the models: items with content vectors, the item graph and the popularity order. */
export interface CatalogModel {
  items: CatalogEntry[];
  indexById: ReadonlyMap<string, number>;
  graph: ItemGraph;
  /** Item indices, most popular first (the catalogue's popularity): the popularity fallback's order. */
  popularity: Int32Array;
  vectorDims: number;
  builtAt: number;
}

/** Builds the catalogue model from the stored items (vectors are metadata features; see `metadataVectors`). */
export function buildCatalogModel(entries: CatalogEntry[], now: number): CatalogModel {
  const { dims, vectors } = metadataVectors(entries);
  const items = entries.map((entry, i) => ({ ...entry, vector: vectors[i]! }));
  return {
    items,
    indexById: new Map(items.map((item, i) => [item.id, i])),
    graph: buildItemGraph(items),
    popularity: popularityOrder(items),
    vectorDims: dims,
    builtAt: now,
  };
}
