/**
 * The `k` best (index, score) pairs of a scored set, best first, ties by lower index so results are deterministic.
 * A bounded min-heap: O(n log k) instead of sorting every score, which matters for 100 of 10k+ items per request.
 */
export function topScores(count: number, scoreOf: (index: number) => number | undefined, k: number): Array<{ index: number; score: number }> {
  if (k <= 0) return [];
  const heapIndex: number[] = [];
  const heapScore: number[] = [];
  // "worse" = lower score, or equal score and higher index (so the lower index survives a tie).
  const worse = (a: number, b: number) => heapScore[a]! < heapScore[b]! || (heapScore[a] === heapScore[b] && heapIndex[a]! > heapIndex[b]!);
  const swap = (a: number, b: number) => {
    [heapIndex[a], heapIndex[b]] = [heapIndex[b]!, heapIndex[a]!];
    [heapScore[a], heapScore[b]] = [heapScore[b]!, heapScore[a]!];
  };
  for (let index = 0; index < count; index++) {
    const score = scoreOf(index);
    if (score === undefined || Number.isNaN(score)) continue;
    if (heapIndex.length < k) {
      heapIndex.push(index);
      heapScore.push(score);
      for (let i = heapIndex.length - 1; i > 0; ) {
        const parent = (i - 1) >> 1;
        if (!worse(i, parent)) break;
        swap(i, parent);
        i = parent;
      }
      continue;
    }
    // Scanned in index order, so an equal score never displaces the (lower-index) root.
    if (score <= heapScore[0]!) continue;
    heapIndex[0] = index;
    heapScore[0] = score;
    for (let i = 0; ; ) {
      const left = 2 * i + 1;
      const right = left + 1;
      let smallest = i;
      if (left < heapIndex.length && worse(left, smallest)) smallest = left;
      if (right < heapIndex.length && worse(right, smallest)) smallest = right;
      if (smallest === i) break;
      swap(i, smallest);
      i = smallest;
    }
  }
  return heapIndex
    .map((index, i) => ({ index, score: heapScore[i]! }))
    .sort((a, b) => b.score - a.score || a.index - b.index);
}
