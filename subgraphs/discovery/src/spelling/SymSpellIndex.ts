import { damerauLevenshtein } from '../lib/damerauLevenshtein.js';

/** A term within reach of a query, and how far. */
export interface SymSpellCandidate {
  id: number;
  term: string;
  distance: number;
}

/**
 * The symmetric-delete index of SymSpell (Wolf Garbe, 2012): every term is stored under each string obtained by
 * deleting up to `maxDistance` characters from its first `prefixLength` characters. A query generates the same
 * deletes of its own prefix; terms sharing a key are the only ones that can be within `maxDistance`, and each is
 * then checked with the real (Damerau) distance. Lookup costs a few dozen map reads whatever the dictionary size,
 * which is what keeps correction far under §4's 5 ms.
 *
 * Limiting deletes to a prefix (7 characters, SymSpell's default) keeps the index small for long titles; a term
 * differing only after the prefix still shares the key of its unchanged prefix.
 */
export class SymSpellIndex {
  private readonly terms: string[] = [];
  private readonly byDelete = new Map<string, number[]>();

  constructor(
    readonly maxDistance = 2,
    readonly prefixLength = 7,
  ) {
    if (!Number.isInteger(maxDistance) || maxDistance < 0) throw new TypeError(`maxDistance must be a non-negative integer, got ${maxDistance}`);
    if (!Number.isInteger(prefixLength) || prefixLength <= maxDistance) {
      throw new TypeError(`prefixLength must be an integer above maxDistance, got ${prefixLength}`);
    }
  }

  /** Adds a term and returns its id (ids count up from 0 in insertion order). */
  add(term: string): number {
    const id = this.terms.length;
    this.terms.push(term);
    for (const key of deletes(term.slice(0, this.prefixLength), this.maxDistance)) {
      const ids = this.byDelete.get(key);
      if (ids) ids.push(id);
      else this.byDelete.set(key, [id]);
    }
    return id;
  }

  get size(): number {
    return this.terms.length;
  }

  /** How many delete keys the index holds (a measure of its memory). */
  get keyCount(): number {
    return this.byDelete.size;
  }

  /** Every term within `maxDistance` (at most the index's own) of `query`, nearest first. */
  lookup(query: string, maxDistance = this.maxDistance): SymSpellCandidate[] {
    const limit = Math.min(maxDistance, this.maxDistance);
    const seen = new Set<number>();
    const found: SymSpellCandidate[] = [];
    for (const key of deletes(query.slice(0, this.prefixLength), limit)) {
      for (const id of this.byDelete.get(key) ?? []) {
        if (seen.has(id)) continue;
        seen.add(id);
        const term = this.terms[id] as string;
        if (Math.abs(term.length - query.length) > limit) continue;
        const distance = damerauLevenshtein(query, term, limit);
        if (distance <= limit) found.push({ id, term, distance });
      }
    }
    return found.sort((a, b) => a.distance - b.distance);
  }
}

/** `word` and every string made by deleting 1..`maxDistance` of its characters. */
function deletes(word: string, maxDistance: number): Set<string> {
  const out = new Set<string>([word]);
  let frontier = [word];
  for (let d = 0; d < maxDistance; d++) {
    const next: string[] = [];
    for (const w of frontier) {
      for (let i = 0; i < w.length; i++) {
        const shorter = w.slice(0, i) + w.slice(i + 1);
        if (!out.has(shorter)) {
          out.add(shorter);
          next.push(shorter);
        }
      }
    }
    frontier = next;
  }
  return out;
}
