import { compareHlc, formatHlc, type Hlc } from './Hlc.js';

/**
 * An add-wins observed-remove set (PRODUCT_SPEC §9: the watchlist), as plain JSON-ready data. Every add carries a
 * unique tag (its HLC string: a clock never issues the same timestamp twice, and the node id is part of it); a remove
 * tombstones only the tags its replica has seen. An element is present while it has a tag that is not tombstoned,
 * so an add concurrent with a remove survives it.
 */
export interface OrSet<T> {
  /** element → tag → the value that add wrote (e.g. priority and reason). */
  adds: Record<string, Record<string, OrSetEntry<T>>>;
  /** Tags removed, by element. */
  tombstones: Record<string, string[]>;
}

export interface OrSetEntry<T> {
  value: T;
  hlc: Hlc;
}

export type OrSetOperation<T> =
  | { kind: 'add'; element: string; value: T; hlc: Hlc }
  | { kind: 'remove'; element: string; tags: string[]; hlc: Hlc };

export function emptyOrSet<T>(): OrSet<T> {
  return { adds: {}, tombstones: {} };
}

/** The add operation for `element`: its tag is the timestamp's string. */
export function addOperation<T>(element: string, value: T, hlc: Hlc): OrSetOperation<T> {
  return { kind: 'add', element, value, hlc };
}

/** The remove operation for `element` as this replica sees it: every tag it has observed, live or not. */
export function removeOperation<T>(set: OrSet<T>, element: string, hlc: Hlc): OrSetOperation<T> {
  return { kind: 'remove', element, tags: Object.keys(set.adds[element] ?? {}), hlc };
}

/** The set with the operation applied; applying an operation twice, or in any order with others, ends the same. */
export function applyOrSetOperation<T>(set: OrSet<T>, op: OrSetOperation<T>): OrSet<T> {
  if (op.kind === 'add') {
    const tag = formatHlc(op.hlc);
    return { ...set, adds: { ...set.adds, [op.element]: { ...set.adds[op.element], [tag]: { value: op.value, hlc: op.hlc } } } };
  }
  const known = new Set(set.tombstones[op.element] ?? []);
  for (const tag of op.tags) known.add(tag);
  return { ...set, tombstones: { ...set.tombstones, [op.element]: [...known].sort() } };
}

/** Union of adds and union of tombstones: commutative, associative and idempotent. */
export function mergeOrSets<T>(a: OrSet<T>, b: OrSet<T>): OrSet<T> {
  const adds: OrSet<T>['adds'] = {};
  for (const source of [a.adds, b.adds]) {
    for (const [element, tags] of Object.entries(source)) adds[element] = { ...adds[element], ...tags };
  }
  const tombstones: OrSet<T>['tombstones'] = {};
  for (const element of new Set([...Object.keys(a.tombstones), ...Object.keys(b.tombstones)])) {
    tombstones[element] = [...new Set([...(a.tombstones[element] ?? []), ...(b.tombstones[element] ?? [])])].sort();
  }
  return { adds, tombstones };
}

/** Present elements, each with the value of its newest live add. */
export function orSetEntries<T>(set: OrSet<T>): Map<string, OrSetEntry<T>> {
  const present = new Map<string, OrSetEntry<T>>();
  for (const [element, tags] of Object.entries(set.adds)) {
    const dead = new Set(set.tombstones[element] ?? []);
    let newest: OrSetEntry<T> | undefined;
    for (const [tag, entry] of Object.entries(tags)) {
      if (dead.has(tag)) continue;
      if (!newest || compareHlc(entry.hlc, newest.hlc) > 0) newest = entry;
    }
    if (newest) present.set(element, newest);
  }
  return present;
}

export function orSetHas<T>(set: OrSet<T>, element: string): boolean {
  const dead = new Set(set.tombstones[element] ?? []);
  return Object.keys(set.adds[element] ?? {}).some((tag) => !dead.has(tag));
}
