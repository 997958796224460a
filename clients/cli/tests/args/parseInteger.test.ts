import { describe, expect, it } from 'vitest';
import { parseContentType } from '../../src/args/parseContentType.js';
import { parseInteger } from '../../src/args/parseInteger.js';
import { parseRegion } from '../../src/args/parseRegion.js';

describe('parseInteger (--limit, --port)', () => {
  const limit = parseInteger(1, 100);

  it('accepts whole numbers in range', () => {
    expect(limit('1')).toBe(1);
    expect(limit(' 100 ')).toBe(100);
  });

  it.each([
    ['0', 'expected a whole number from 1 to 100, got 0.'],
    ['101', 'expected a whole number from 1 to 100, got 101.'],
    ['2.5', 'expected a whole number from 1 to 100, got "2.5".'],
    ['-3', 'expected a whole number from 1 to 100, got "-3".'],
    ['ten', 'expected a whole number from 1 to 100, got "ten".'],
  ])('refuses %j', (value, message) => {
    expect(() => limit(value)).toThrow(message);
  });
});

describe('parseContentType (--type)', () => {
  it('maps movie and series words to the enum', () => {
    expect(['movie', 'Film', 'movies'].map(parseContentType)).toEqual(['MOVIE', 'MOVIE', 'MOVIE']);
    expect(['series', 'TV', 'show'].map(parseContentType)).toEqual(['SERIES', 'SERIES', 'SERIES']);
  });

  it('refuses anything else', () => {
    expect(() => parseContentType('documentary')).toThrow('expected movie or series, got "documentary".');
  });
});

describe('parseRegion (--region)', () => {
  it('upper-cases a two-letter code and refuses others', () => {
    expect(parseRegion('gb')).toBe('GB');
    expect(() => parseRegion('GBR')).toThrow('region must be a two-letter ISO 3166-1 code such as "US", got "GBR".');
  });
});
