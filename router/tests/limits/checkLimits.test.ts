import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { checkLimits } from '../../src/limits/checkLimits.js';
import { measureOperation } from '../../src/limits/measureOperation.js';
import { DEFAULT_LIMITS, assertQueryLimits } from '../../src/limits/QueryLimits.js';
import { aliasFlood, catalogSchema, similarBomb } from './catalogSchema.js';

function check(query: string) {
  return checkLimits(measureOperation(catalogSchema, parse(query)), DEFAULT_LIMITS);
}

describe('checkLimits', () => {
  it('passes an ordinary page query', () => {
    expect(check(/* GraphQL */ `{ titles(first: 20) { edges { node { id title genres } } } }`)).toEqual([]);
  });

  it('rejects a 10-level similar bomb as QUERY_TOO_DEEP (and too complex)', () => {
    const violations = check(similarBomb(10));
    expect(violations.map((v) => v.code)).toEqual(['QUERY_TOO_DEEP', 'QUERY_TOO_COMPLEX']);
    const [deep] = violations;
    expect(deep?.error.message).toBe('Query depth 12 exceeds the maximum of 7.');
    expect(deep?.error.extensions).toEqual({ code: 'QUERY_TOO_DEEP', limit: 7, actual: 12, http: { status: 400 } });
  });

  it('rejects a 50-alias flood as TOO_MANY_ALIASES', () => {
    const violations = check(aliasFlood(50));
    expect(violations).toHaveLength(1);
    expect(violations[0]?.error.message).toBe('Query uses 50 aliases; the maximum is 15.');
    expect(violations[0]?.error.extensions).toEqual({ code: 'TOO_MANY_ALIASES', limit: 15, actual: 50, http: { status: 400 } });
  });

  it('rejects a wide page as QUERY_TOO_COMPLEX', () => {
    // node 2 + id 1 + title 1 + genres 10 = 14; edges (2 + 14) × 100 = 1600; titles 2 + 1600 = 1602
    const violations = check(/* GraphQL */ `{ titles(first: 100) { edges { node { id title genres } } } }`);
    expect(violations.map((v) => v.error.extensions)).toEqual([
      { code: 'QUERY_TOO_COMPLEX', limit: 1000, actual: 1602, http: { status: 400 } },
    ]);
    expect(violations[0]?.error.message).toBe('Query cost 1602 exceeds the maximum of 1000.');
  });

  it('treats the limits as inclusive', () => {
    expect(checkLimits({ depth: 7, cost: 1000, aliases: 15 }, DEFAULT_LIMITS)).toEqual([]);
  });
});

describe('assertQueryLimits', () => {
  it('names the bad option', () => {
    expect(() => assertQueryLimits({ ...DEFAULT_LIMITS, maxCost: -1 })).toThrow(
      new TypeError('limits.maxCost must be a non-negative number (or Infinity to disable it), got -1'),
    );
    expect(() => assertQueryLimits({ ...DEFAULT_LIMITS, maxDepth: Number.NaN })).toThrow(/limits\.maxDepth/);
  });

  it('accepts Infinity to switch a limit off', () => {
    expect(() => assertQueryLimits({ ...DEFAULT_LIMITS, maxAliases: Infinity })).not.toThrow();
  });
});

describe('checkLimits: the standard introspection query', () => {
  it("passes graphql-js's full introspection query, which explorers send", async () => {
    const { buildSchema, getIntrospectionQuery } = await import('graphql');
    const schema = buildSchema('type Query { a: Int }');
    const query = parse(getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, inputValueDeprecation: true }));
    expect(checkLimits(measureOperation(schema, query), DEFAULT_LIMITS)).toEqual([]);
  });
});
