import type { ScoredItems } from './Scorer.js';

/**
 * Keeps the best `capacity` of a stream of (index, score) pairs in a min-heap whose root is the worst kept, so
 * scoring N items costs O(N log k) and O(k) memory instead of sorting all N. "Better" means a higher score, and on
 * equal scores the lower index — ONNX Runtime's TopK order, which keeps the two scorers identical on ties.
 */
export class TopKHeap {
  private readonly indices: Int32Array;
  private readonly scores: Float32Array;
  private size = 0;

  constructor(readonly capacity: number) {
    this.indices = new Int32Array(capacity);
    this.scores = new Float32Array(capacity);
  }

  offer(index: number, score: number): void {
    if (this.size < this.capacity) {
      this.indices[this.size] = index;
      this.scores[this.size] = score;
      this.siftUp(this.size++);
    } else if (this.capacity > 0 && isBetter(index, score, this.indices[0]!, this.scores[0]!)) {
      this.indices[0] = index;
      this.scores[0] = score;
      this.siftDown(0);
    }
  }

  /** The kept items best first; empties the heap. */
  drain(): ScoredItems {
    const count = this.size;
    const indices = new Int32Array(count);
    const scores = new Float32Array(count);
    // Popping the root yields the worst kept item each time, so fill the output from the back.
    for (let out = count - 1; out >= 0; out--) {
      indices[out] = this.indices[0]!;
      scores[out] = this.scores[0]!;
      this.size--;
      this.indices[0] = this.indices[this.size]!;
      this.scores[0] = this.scores[this.size]!;
      this.siftDown(0);
    }
    return { indices, scores };
  }

  private siftUp(at: number): void {
    while (at > 0) {
      const parent = (at - 1) >> 1;
      if (!this.isWorse(at, parent)) break;
      this.swap(at, parent);
      at = parent;
    }
  }

  private siftDown(at: number): void {
    for (;;) {
      const left = 2 * at + 1;
      const right = left + 1;
      let worst = at;
      if (left < this.size && this.isWorse(left, worst)) worst = left;
      if (right < this.size && this.isWorse(right, worst)) worst = right;
      if (worst === at) return;
      this.swap(at, worst);
      at = worst;
    }
  }

  private isWorse(a: number, b: number): boolean {
    return isBetter(this.indices[b]!, this.scores[b]!, this.indices[a]!, this.scores[a]!);
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

function isBetter(index: number, score: number, otherIndex: number, otherScore: number): boolean {
  return score > otherScore || (score === otherScore && index < otherIndex);
}
