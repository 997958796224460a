import type { Schemas } from '@qdrant/js-client-rest';
import type { FilterCondition, VectorFilter } from '../VectorIndex.js';

/**
 * Our typed filter as a Qdrant `must` clause. Qdrant applies it inside the HNSW traversal (filterable HNSW) and
 * switches to a payload-index scan by itself when the filter is very selective, so a selective filter still
 * yields `limit` hits. Qdrant's own semantics are the reference `matchesFilter` follows: `match.value` and
 * `match.any` on an array field match when any element does, and a missing field never matches.
 */
export function toQdrantFilter(filter: VectorFilter): Schemas['Filter'] {
  return { must: filter.map(toQdrantCondition) };
}

function toQdrantCondition(condition: FilterCondition): Schemas['FieldCondition'] {
  const key = condition.field;
  if ('equals' in condition) return { key, match: { value: condition.equals } };
  if ('in' in condition) return { key, match: { any: [...condition.in] as string[] | number[] } };
  return { key, range: { ...condition.range } };
}

/** True when some `in` list is empty: nothing can match, and Qdrant needs not be asked. */
export function filterMatchesNothing(filter: VectorFilter): boolean {
  return filter.some((condition) => 'in' in condition && condition.in.length === 0);
}
