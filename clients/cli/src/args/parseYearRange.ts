import { InvalidArgumentError } from 'commander';

export interface YearRange {
  min: number;
  max: number;
}

/** Film starts at 1874 (Janssen's photographic revolver); anything outside this window is a typo. */
const FIRST_YEAR = 1870;
const LAST_YEAR = 2100;

/**
 * `--year`: one year (`2020` → 2020–2020) or an inclusive range (`2015-2020`; an en dash or `..` works too, as people
 * paste them). Both ends are required: an open range would be `--year 2015-2100`, which is clearer in a script.
 */
export function parseYearRange(value: string): YearRange {
  const match = /^\s*(\d{4})\s*(?:(?:-|–|\.\.)\s*(\d{4}))?\s*$/.exec(value);
  if (!match) throw new InvalidArgumentError(`expected a year (2020) or a range (2015-2020), got ${JSON.stringify(value)}.`);
  const min = Number(match[1]);
  const max = match[2] === undefined ? min : Number(match[2]);
  for (const year of [min, max]) {
    if (year < FIRST_YEAR || year > LAST_YEAR) throw new InvalidArgumentError(`year ${year} is outside ${FIRST_YEAR}–${LAST_YEAR}.`);
  }
  if (min > max) throw new InvalidArgumentError(`the range ${min}-${max} runs backwards; did you mean ${max}-${min}?`);
  return { min, max };
}
