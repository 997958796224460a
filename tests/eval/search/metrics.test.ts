import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dcgAt, gradeHits, mean, ndcgAt, normalizeTitleName, reciprocalRank, scoreQuery, zeroResultRate } from './metrics.js';

// Discounts used below, by hand: log2(2) = 1, log2(3) ≈ 1.5849625, log2(4) = 2. Gains: 2^3 − 1 = 7, 2^2 − 1 = 3, 2^1 − 1 = 1.

describe('dcgAt', () => {
  it('sums gain 2^grade − 1 over log2(rank + 1)', () => {
    // 7/1 + 0/1.585 + 3/2
    expect(dcgAt(10, [3, 0, 2])).toBeCloseTo(8.5, 10);
  });

  it('stops at k', () => {
    expect(dcgAt(1, [3, 3])).toBe(7);
    expect(dcgAt(0, [3])).toBe(0);
  });
});

describe('ndcgAt', () => {
  it('divides by the DCG of the judgments sorted best first', () => {
    // ideal [3, 2]: 7 + 3/1.585 = 8.892789; 8.5 / 8.892789
    expect(ndcgAt(10, [3, 0, 2], [2, 3])).toBeCloseTo(0.95583, 5);
  });

  it('counts judgments the ranking missed in the ideal', () => {
    // ranked [0, 3]: 7/1.585 = 4.416508; ideal [3, 3, 1]: 7 + 4.416508 + 1/2 = 11.916508
    expect(ndcgAt(10, [0, 3], [3, 1, 3])).toBeCloseTo(0.370621, 5);
  });

  it('cuts both the ranking and the ideal at k', () => {
    expect(ndcgAt(2, [3, 3], [3, 3, 3])).toBe(1);
    expect(ndcgAt(1, [0, 3], [3])).toBe(0);
  });

  it('is 1 for the ideal order and 0 when nothing is judged relevant', () => {
    expect(ndcgAt(10, [3, 2, 1], [1, 2, 3])).toBe(1);
    expect(ndcgAt(10, [0, 0], [])).toBe(0);
    expect(ndcgAt(10, [], [3])).toBe(0);
  });
});

describe('reciprocalRank', () => {
  it('is 1/rank of the first clearly relevant hit (grade ≥ 2)', () => {
    expect(reciprocalRank([1, 0, 2, 3])).toBeCloseTo(1 / 3, 10);
    expect(reciprocalRank([3])).toBe(1);
  });

  it('takes another threshold when asked', () => {
    expect(reciprocalRank([0, 1, 3], 1)).toBe(0.5);
  });

  it('is 0 without a relevant hit', () => {
    expect(reciprocalRank([1, 1, 0])).toBe(0);
    expect(reciprocalRank([])).toBe(0);
  });
});

describe('zeroResultRate and mean', () => {
  it('is the share of queries with no hits', () => {
    expect(zeroResultRate([0, 5, 0, 10])).toBe(0.5);
    expect(zeroResultRate([3])).toBe(0);
    expect(zeroResultRate([])).toBe(0);
  });

  it('averages, 0 for nothing', () => {
    expect(mean([1, 0, 0.5])).toBe(0.5);
    expect(mean([])).toBe(0);
  });
});

describe('normalizeTitleName', () => {
  it('ignores case, Latin accents, full-width forms and extra spaces', () => {
    expect(normalizeTitleName(' Amélie ')).toBe(normalizeTitleName('AMELIE'));
    expect(normalizeTitleName('ＧＵＮＤＡＭ  Build')).toBe('gundam build');
  });

  it('keeps kana voicing marks, which tell different words apart', () => {
    expect(normalizeTitleName('ガンダム')).toBe('ガンダム');
    expect(normalizeTitleName('ガンダム')).not.toBe(normalizeTitleName('カンダム'));
  });
});

describe('gradeHits', () => {
  const godfather = [
    { name: 'The Godfather', year: 1972, grade: 3 },
    { name: 'The Godfather: Part II', year: 1974, grade: 2 },
  ];

  it('grades each hit by name and year, unjudged hits 0', () => {
    const hits = [
      { name: 'the godfather', releaseYear: 1972 },
      { name: 'Tokyo Godfathers', releaseYear: 2003 },
      { name: 'The Godfather: Part II', releaseYear: 1975 },
    ];
    expect(gradeHits(hits, godfather)).toEqual([3, 0, 2]);
  });

  it('allows a year one off, not two', () => {
    expect(gradeHits([{ name: 'The Godfather', releaseYear: 1974 }], godfather)).toEqual([0]);
    expect(gradeHits([{ name: 'The Godfather', releaseYear: 1971 }], godfather)).toEqual([3]);
  });

  it('prefers the judgment with the exact year over one within tolerance', () => {
    const remakes = [
      { name: 'Dawn of the Dead', year: 2004, grade: 3 },
      { name: 'Dawn of the Dead', year: 2005, grade: 1 },
    ];
    expect(gradeHits([{ name: 'Dawn of the Dead', releaseYear: 2005 }], remakes)).toEqual([1]);
  });

  it('credits each judgment once, so duplicate catalogue records cannot push DCG past the ideal', () => {
    const hits = [
      { name: 'SPY FAMILY', releaseYear: 2022 },
      { name: 'SPY FAMILY', releaseYear: 2022 },
    ];
    expect(gradeHits(hits, [{ name: 'SPY FAMILY', year: 2022, grade: 3 }])).toEqual([3, 0]);
  });

  it('matches a hit without a release year on its name', () => {
    expect(gradeHits([{ name: 'Pulp Fiction', releaseYear: null }], [{ name: 'Pulp Fiction', year: 1994, grade: 3 }])).toEqual([3]);
  });
});

describe('scoreQuery', () => {
  it('scores the first k hits and counts every hit', () => {
    const judgments = [
      { name: 'B', year: 2000, grade: 3 },
      { name: 'C', year: 2000, grade: 3 },
    ];
    const hits = ['A', 'B', 'C'].map((name) => ({ name, releaseYear: 2000 }));
    // k = 2: grades [0, 3]; 4.416508 / (7 + 4.416508)
    const score = scoreQuery(2, hits, judgments);
    expect(score.ndcg).toBeCloseTo(0.386853, 5);
    expect(score.reciprocalRank).toBe(0.5);
    expect(score.hits).toBe(3);
  });
});

// The set the metrics run on: a malformed entry would silently score as a miss, so its shape is checked here.
describe('relevance.json', () => {
  const set = JSON.parse(readFileSync(new URL('./relevance.json', import.meta.url), 'utf8')) as Array<{
    id: string;
    query: string;
    kind: string;
    notes: string;
    judgments: Array<{ name: string; year: number; grade: number }>;
  }>;

  it('has at least 60 distinct queries with ids, kinds and notes', () => {
    expect(set.length).toBeGreaterThanOrEqual(60);
    expect(new Set(set.map((q) => q.id)).size).toBe(set.length);
    expect(new Set(set.map((q) => q.query.toLowerCase())).size).toBe(set.length);
    for (const q of set) expect([q.id, q.kind, q.notes].every((field) => typeof field === 'string' && field.length > 0), q.id).toBe(true);
  });

  it('grades every judgment 1–3 by name and year, each once per query, with a grade 3 in every query', () => {
    for (const q of set) {
      for (const j of q.judgments) {
        expect([1, 2, 3], `${q.id} ${j.name}`).toContain(j.grade);
        expect(Number.isInteger(j.year) && j.name.trim() === j.name && j.name !== '', `${q.id} ${j.name}`).toBe(true);
      }
      expect(new Set(q.judgments.map((j) => `${j.name}|${j.year}`)).size, q.id).toBe(q.judgments.length);
      expect(q.judgments.some((j) => j.grade === 3), q.id).toBe(true);
    }
  });
});
