/** Why two items are linked, strongest first. */
export const GRAPH_RELATIONS = ['DIRECTOR', 'CAST', 'GENRE_ERA'] as const;
export type GraphRelation = (typeof GRAPH_RELATIONS)[number];

/**
 * The item graph (§5 graph source) as directed adjacency in CSR form: the out-neighbours of item `i` are
 * `neighbors[rowPtr[i] .. rowPtr[i + 1])`, each with the edge weight and the relation behind it (an index into
 * `GRAPH_RELATIONS`). One edge per ordered pair: when two items are related in several ways the strongest relation
 * is kept. Typed arrays so a service can hold it for a 100k-item catalogue without a million small objects.
 */
export interface ItemGraph {
  itemCount: number;
  rowPtr: Int32Array;
  neighbors: Int32Array;
  weights: Float32Array;
  relations: Uint8Array;
}
