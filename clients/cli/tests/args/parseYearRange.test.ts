import { InvalidArgumentError } from 'commander';
import { describe, expect, it } from 'vitest';
import { parseYearRange } from '../../src/args/parseYearRange.js';

describe('parseYearRange (--year)', () => {
  it('reads one year as a one-year range', () => {
    expect(parseYearRange('2020')).toEqual({ min: 2020, max: 2020 });
  });

  it.each(['2015-2020', ' 2015 - 2020 ', '2015–2020', '2015..2020'])('reads the range %j', (value) => {
    expect(parseYearRange(value)).toEqual({ min: 2015, max: 2020 });
  });

  it.each([
    ['20', 'expected a year (2020) or a range (2015-2020), got "20".'],
    ['2015-', 'expected a year (2020) or a range (2015-2020), got "2015-".'],
    ['nineties', 'expected a year (2020) or a range (2015-2020), got "nineties".'],
    ['1066', 'year 1066 is outside 1870–2100.'],
    ['2000-2999', 'year 2999 is outside 1870–2100.'],
    ['2020-2015', 'the range 2020-2015 runs backwards; did you mean 2015-2020?'],
  ])('refuses %j as a usage error', (value, message) => {
    const error = (() => {
      try {
        parseYearRange(value);
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect((error as Error).message).toBe(message);
  });
});
