/**
 * Keeps the `k` best `(index, score)` pairs seen, in typed arrays reused across rounds (item-kNN keeps one per build
 * and `reset`s it per item). Ties go to the lower index so results do not depend on visiting order.
 */
export class TopK {
  readonly indices: Int32Array;
  readonly scores: Float64Array;
  size = 0;

  constructor(readonly k: number) {
    this.indices = new Int32Array(k);
    this.scores = new Float64Array(k);
  }

  reset(): void {
    this.size = 0;
  }

  push(index: number, score: number): void {
    if (this.size < this.k) {
      this.indices[this.size] = index;
      this.scores[this.size] = score;
      this.siftUp(this.size++);
    } else if (this.k > 0 && this.worse(0, index, score)) {
      this.indices[0] = index;
      this.scores[0] = score;
      this.siftDown(0);
    }
  }

  /** Writes the kept pairs best first into `indices`/`scores` from `offset`, and empties the heap. Returns the count. */
  drainInto(indices: Int32Array, scores: Float32Array, offset: number): number {
    const count = this.size;
    for (let at = count - 1; at >= 0; at--) {
      indices[offset + at] = this.indices[0]!;
      scores[offset + at] = this.scores[0]!;
      this.size--;
      this.indices[0] = this.indices[this.size]!;
      this.scores[0] = this.scores[this.size]!;
      this.siftDown(0);
    }
    return count;
  }

  /** The kept pairs best first, scores at full precision, and empties the heap. */
  drain(): Array<{ index: number; score: number }> {
    const out = new Array<{ index: number; score: number }>(this.size);
    for (let at = this.size - 1; at >= 0; at--) {
      out[at] = { index: this.indices[0]!, score: this.scores[0]! };
      this.size--;
      this.indices[0] = this.indices[this.size]!;
      this.scores[0] = this.scores[this.size]!;
      this.siftDown(0);
    }
    return out;
  }

  /** Whether the pair at heap slot `slot` ranks below `(index, score)`. */
  private worse(slot: number, index: number, score: number): boolean {
    const held = this.scores[slot]!;
    return held < score || (held === score && this.indices[slot]! > index);
  }

  private siftUp(slot: number): void {
    while (slot > 0) {
      const parent = (slot - 1) >> 1;
      if (!this.worse(slot, this.indices[parent]!, this.scores[parent]!)) return;
      this.swap(slot, parent);
      slot = parent;
    }
  }

  private siftDown(slot: number): void {
    for (;;) {
      const left = 2 * slot + 1;
      const right = left + 1;
      let smallest = slot;
      if (left < this.size && this.worse(left, this.indices[smallest]!, this.scores[smallest]!)) smallest = left;
      if (right < this.size && this.worse(right, this.indices[smallest]!, this.scores[smallest]!)) smallest = right;
      if (smallest === slot) return;
      this.swap(slot, smallest);
      slot = smallest;
    }
  }

  private swap(a: number, b: number): void {
    const index = this.indices[a]!;
    const score = this.scores[a]!;
    this.indices[a] = this.indices[b]!;
    this.scores[a] = this.scores[b]!;
    this.indices[b] = index;
    this.scores[b] = score;
  }
}
