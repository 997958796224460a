/** A catalog title as playback knows it in the graph: only its key; the router resolves the rest from catalog. */
export interface TitleRef {
  id: string;
}
