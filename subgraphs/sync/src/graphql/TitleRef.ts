/** A catalog title as sync knows it in the graph: only its key; the catalog resolves the rest. */
export interface TitleRef {
  id: string;
}
