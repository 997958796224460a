// Ranking metrics for the search relevance set (tests/eval/search/relevance.json). Pure functions: no I/O.
//
// Grades: 3 = exactly what was asked, 2 = clearly relevant, 1 = partially relevant, 0 = not judged relevant.

/** One hand-judged title for a query, identified as the catalogue displays it. */
export interface Judgment {
  name: string;
  year: number;
  grade: number;
}

/** A search hit as the product returns it: `title { name releaseYear }`. */
export interface RankedTitle {
  name: string;
  releaseYear: number | null;
}

/** The grade at which a hit counts as "relevant" for reciprocal rank: clearly relevant or better. */
export const RELEVANT_GRADE = 2;

/**
 * A release year may be one off between what the judgments say and what the catalogue derives: the film data's dates
 * are US release dates and anime use the first broadcast, both of which drift across a new year.
 */
export const YEAR_TOLERANCE = 1;

/**
 * Discounted cumulative gain of the first `k` grades: gain 2^grade − 1, discount log2(rank + 1) with ranks from 1.
 * Worked example: grades [3, 0, 2] → 7/1 + 0/1.585 + 3/2 = 8.5.
 */
export function dcgAt(k: number, grades: readonly number[]): number {
  let dcg = 0;
  for (let i = 0; i < Math.min(k, grades.length); i++) {
    dcg += (2 ** (grades[i] ?? 0) - 1) / Math.log2(i + 2);
  }
  return dcg;
}

/**
 * nDCG@k: the DCG of the ranking over the DCG of the ideal ranking, which is every judgment's grade sorted best
 * first (not just the ones the system found). 0 when nothing is judged relevant, so such a query scores nothing
 * rather than dividing by zero.
 */
export function ndcgAt(k: number, rankedGrades: readonly number[], idealGrades: readonly number[]): number {
  const ideal = dcgAt(k, [...idealGrades].sort((a, b) => b - a));
  return ideal === 0 ? 0 : dcgAt(k, rankedGrades) / ideal;
}

/**
 * 1/rank of the first hit graded `minGrade` or better (ranks from 1), 0 when there is none. The default counts only
 * clearly relevant hits (grade ≥ 2): a partial match at rank 1 should not score like the right answer.
 */
export function reciprocalRank(rankedGrades: readonly number[], minGrade = RELEVANT_GRADE): number {
  const index = rankedGrades.findIndex((grade) => grade >= minGrade);
  return index === -1 ? 0 : 1 / (index + 1);
}

/** Share of queries that returned no hits at all. 0 for no queries. */
export function zeroResultRate(hitCounts: readonly number[]): number {
  return hitCounts.length === 0 ? 0 : hitCounts.filter((count) => count === 0).length / hitCounts.length;
}

/** Arithmetic mean; 0 for an empty list. */
export function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length;
}

/**
 * The form names are compared in: Unicode compatibility-decomposed (full-width letters become ASCII), Latin accents
 * dropped, lower case, whitespace collapsed. "Amélie" and "AMELIE", "ＧＵＮＤＡＭ" and "gundam" compare equal. Only
 * U+0300–U+036F goes, as in the catalog's title keys: NFKD also splits kana into base plus voicing mark (ガ → カ +
 * U+3099), and dropping every mark would make different Japanese titles equal; NFC puts those marks back.
 */
export function normalizeTitleName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The grade of each hit, in rank order. A hit matches a judgment with the same normalized name whose year is equal,
 * else within `YEAR_TOLERANCE`; a hit without a year matches on the name alone. Each judgment is credited once: the
 * catalogue holds a few records with the same name and year (two cours of one series), and crediting both would let
 * DCG exceed the ideal. Unjudged hits grade 0.
 */
export function gradeHits(hits: readonly RankedTitle[], judgments: readonly Judgment[]): number[] {
  const unused = judgments.map((judgment) => ({ ...judgment, key: normalizeTitleName(judgment.name) }));
  return hits.map((hit) => {
    const key = normalizeTitleName(hit.name);
    const candidates = unused.filter((judgment) => judgment.key === key);
    const match =
      hit.releaseYear === null
        ? candidates[0]
        : (candidates.find((judgment) => judgment.year === hit.releaseYear) ??
          candidates.find((judgment) => Math.abs(judgment.year - hit.releaseYear!) <= YEAR_TOLERANCE));
    if (!match) return 0;
    unused.splice(unused.indexOf(match), 1);
    return match.grade;
  });
}

/** The scores of one query's ranking against its judgments. */
export interface QueryScore {
  ndcg: number;
  reciprocalRank: number;
  hits: number;
}

/** nDCG@k and reciprocal rank of `hits` (best first) against `judgments`. */
export function scoreQuery(k: number, hits: readonly RankedTitle[], judgments: readonly Judgment[]): QueryScore {
  const grades = gradeHits(hits.slice(0, k), judgments);
  return {
    ndcg: ndcgAt(k, grades, judgments.map((judgment) => judgment.grade)),
    reciprocalRank: reciprocalRank(grades),
    hits: hits.length,
  };
}
