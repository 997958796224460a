/**
 * Optimal-string-alignment distance (Levenshtein plus adjacent transposition, each edit costing 1), or
 * `maxDistance + 1` as soon as the answer is known to exceed `maxDistance`.
 *
 * Transpositions matter for typed queries: "teh", "thirller". The bound keeps correction cheap: only a band of
 * width 2·maxDistance+1 around the diagonal is computed, and a row whose minimum already exceeds the bound stops
 * the work. `fastest-levenshtein` computes plain Levenshtein without a bound, which would count "knigth" as two
 * edits away from "knight".
 */
export function damerauLevenshtein(a: string, b: string, maxDistance: number): number {
  if (a === b) return 0;
  const over = maxDistance + 1;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > maxDistance) return over;
  if (la === 0) return lb;
  if (lb === 0) return la;

  // Three rolling rows: the transposition step looks two rows back.
  let prevPrev = new Array<number>(lb + 1).fill(over);
  let prev = new Array<number>(lb + 1);
  let current = new Array<number>(lb + 1);
  for (let j = 0; j <= lb; j++) prev[j] = j <= maxDistance ? j : over;

  for (let i = 1; i <= la; i++) {
    const from = Math.max(1, i - maxDistance);
    const to = Math.min(lb, i + maxDistance);
    current.fill(over);
    current[0] = i <= maxDistance ? i : over;
    let rowMin = current[0] ?? over;
    const ca = a.charCodeAt(i - 1);
    for (let j = from; j <= to; j++) {
      const cb = b.charCodeAt(j - 1);
      const cost = ca === cb ? 0 : 1;
      let value = Math.min((prev[j] ?? over) + 1, (current[j - 1] ?? over) + 1, (prev[j - 1] ?? over) + cost);
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) {
        value = Math.min(value, (prevPrev[j - 2] ?? over) + 1);
      }
      current[j] = value > over ? over : value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > maxDistance) return over;
    [prevPrev, prev, current] = [prev, current, prevPrev];
  }
  const result = prev[lb] ?? over;
  return result > maxDistance ? over : result;
}
