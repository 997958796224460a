export interface Scored<T> {
  item: T;
  score: number;
}

/**
 * The `k` highest-scoring entries, best first, in O(n log k) with a bounded min-heap: the exact-search path may
 * score every point of a large index to guarantee a full page, and sorting all of them would be wasted work.
 */
export function topK<T>(entries: Iterable<Scored<T>>, k: number): Scored<T>[] {
  const heap: Scored<T>[] = [];
  if (k <= 0) return heap;
  for (const entry of entries) {
    if (heap.length < k) {
      heap.push(entry);
      siftUp(heap, heap.length - 1);
    } else if (entry.score > heap[0]!.score) {
      heap[0] = entry;
      siftDown(heap, 0);
    }
  }
  return heap.sort((a, b) => b.score - a.score);
}

function siftUp<T>(heap: Scored<T>[], index: number): void {
  while (index > 0) {
    const parent = (index - 1) >> 1;
    if (heap[parent]!.score <= heap[index]!.score) return;
    [heap[parent], heap[index]] = [heap[index]!, heap[parent]!];
    index = parent;
  }
}

function siftDown<T>(heap: Scored<T>[], index: number): void {
  for (;;) {
    const left = 2 * index + 1;
    const right = left + 1;
    let smallest = index;
    if (left < heap.length && heap[left]!.score < heap[smallest]!.score) smallest = left;
    if (right < heap.length && heap[right]!.score < heap[smallest]!.score) smallest = right;
    if (smallest === index) return;
    [heap[smallest], heap[index]] = [heap[index]!, heap[smallest]!];
    index = smallest;
  }
}
