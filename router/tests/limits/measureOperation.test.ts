import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { measureOperation } from '../../src/limits/measureOperation.js';
import { aliasFlood, catalogSchema, similarBomb } from './catalogSchema.js';

function measure(query: string, variables?: Record<string, unknown>, operationName?: string) {
  return measureOperation(catalogSchema, parse(query), operationName, variables);
}

describe('measureOperation: depth', () => {
  it('counts a root field as depth 1', () => {
    expect(measure(/* GraphQL */ `{ title(id: "1") { id } }`).depth).toBe(2);
    expect(measure(/* GraphQL */ `{ titles { totalCount } }`).depth).toBe(2);
  });

  it('follows nesting through a connection', () => {
    // titles 1 → edges 2 → node 3 → credits 4 → name 5
    expect(measure(/* GraphQL */ `{ titles { edges { node { credits { name } } } } }`).depth).toBe(5);
  });

  it('does not count __typename or introspection', () => {
    expect(measure(/* GraphQL */ `{ __typename title(id: "1") { __typename id } }`).depth).toBe(2);
    expect(measure(/* GraphQL */ `{ __schema { types { fields { type { ofType { name } } } } } }`)).toEqual({
      depth: 0,
      cost: 0,
      aliases: 0,
    });
  });

  it('measures named and inline fragments as if written in place', () => {
    const inPlace = measure(/* GraphQL */ `{ titles { edges { node { id credits { name } } } } }`);
    const named = measure(/* GraphQL */ `
      { titles { ...Page } }
      fragment Page on TitleConnection { edges { node { ...Card } } }
      fragment Card on Title { id credits { name } }
    `);
    const inline = measure(/* GraphQL */ `{ titles { ... on TitleConnection { edges { node { ... { id credits { name } } } } } } }`);
    expect(inPlace.depth).toBe(5);
    expect(named).toEqual(inPlace);
    expect(inline).toEqual(inPlace);
  });

  it('measures a 10-level similar bomb as depth 12', () => {
    // title 1, similar × 10 → 11, id 12
    expect(measure(similarBomb(10)).depth).toBe(12);
  });
});

describe('measureOperation: cost', () => {
  it.each([
    // title 2 + id 1 + title 1 + releaseYear 1 = 5
    ['scalars on an object', /* GraphQL */ `{ title(id: "1") { id title releaseYear } }`, 5],
    // genres: enum list → 1 × 10 = 10; title 2 + 10 = 12
    ['a list of enums', /* GraphQL */ `{ title(id: "1") { genres } }`, 12],
    // availability: (2 + platform 1 + deepLink 1) × 10 = 40; title 2 + 40 = 42
    ['an unsized object list', /* GraphQL */ `{ title(id: "1") { availability(region: "US") { platform deepLink } } }`, 42],
    // similar(first: 3): (2 + id 1) × 3 = 9; title 2 + 9 = 11
    ['a list sized by first', /* GraphQL */ `{ title(id: "1") { similar(first: 3) { id } } }`, 11],
    // search(limit: 3): (2 + id 1) × 3 = 9
    ['a list sized by limit', /* GraphQL */ `{ search(query: "x", limit: 3) { id } }`, 9],
    // totalCount 1; edges (2 + cursor 1 + node (2 + id 1 + title 1)) × 5 = 7 × 5 = 35; pageInfo 2 + 1 = 3
    // titles 2 + 1 + 35 + 3 = 41
    [
      'a connection sized by first',
      /* GraphQL */ `{ titles(first: 5) { totalCount edges { cursor node { id title } } pageInfo { hasNextPage } } }`,
      41,
    ],
    // nodes (2 + id 1) × 2 = 6; titles 2 + 6 = 8
    ['connection nodes sized by first', /* GraphQL */ `{ titles(first: 2) { nodes { id } } }`, 8],
    // no first: edges (2 + node (2 + id 1)) × 10 = 50; titles 2 + 50 = 52
    ['an unsized connection', /* GraphQL */ `{ titles { edges { node { id } } } }`, 52],
    // __typename is free: title 2 + id 1 = 3
    ['__typename', /* GraphQL */ `{ __typename title(id: "1") { __typename id } }`, 3],
  ])('costs %s exactly', (_name, query, cost) => {
    expect(measure(query).cost).toBe(cost);
  });

  it('reads first from variables, then from the variable default, else assumes 10', () => {
    const query = /* GraphQL */ `query Page($n: Int) { titles(first: $n) { edges { node { id } } } }`;
    // edges (2 + node 3) × 2 = 10; titles 2 + 10 = 12
    expect(measure(query, { n: 2 }).cost).toBe(12);
    // edges 5 × 10 = 50; titles 52
    expect(measure(query, {}).cost).toBe(52);
    // edges 5 × 4 = 20; titles 22
    expect(measure(/* GraphQL */ `query ($n: Int = 4) { titles(first: $n) { edges { node { id } } } }`).cost).toBe(22);
    // A value that Int coercion will reject later is ignored here rather than trusted: 52 again.
    expect(measure(query, { n: '2' }).cost).toBe(52);
    expect(measure(query, { n: -1 }).cost).toBe(52);
  });

  it('applies a connection size through a fragment spread in the connection', () => {
    const query = /* GraphQL */ `
      { titles(first: 2) { ...Page } }
      fragment Page on TitleConnection { edges { node { id } } }
    `;
    // edges (2 + 3) × 2 = 10; titles 12
    expect(measure(query).cost).toBe(12);
  });

  it('stays finite for absurd page sizes', () => {
    const query = /* GraphQL */ `query ($n: Int) { search(query: "x", limit: $n) { similar(first: $n) { similar(first: $n) { id } } } }`;
    const { cost } = measure(query, { n: 1e308 });
    expect(Number.isFinite(cost)).toBe(true);
    expect(cost).toBe(Number.MAX_SAFE_INTEGER);
  });
});

describe('measureOperation: aliases', () => {
  it('counts aliases, including inside fragments each time they are spread', () => {
    const query = /* GraphQL */ `
      { a: title(id: "1") { ...F } b: title(id: "2") { ...F } }
      fragment F on Title { name: title }
    `;
    expect(measure(query).aliases).toBe(4);
  });

  it('counts aliased meta fields', () => {
    expect(measure(/* GraphQL */ `{ a: __typename b: __typename }`).aliases).toBe(2);
  });

  it('counts a 50-alias flood', () => {
    expect(measure(aliasFlood(50))).toEqual({ depth: 2, cost: 150, aliases: 50 });
  });
});

describe('measureOperation: documents', () => {
  it('measures only the selected operation', () => {
    const document = /* GraphQL */ `
      query Small { title(id: "1") { id } }
      query Big { titles { edges { node { credits { name } } } } }
    `;
    expect(measure(document, {}, 'Small')).toEqual({ depth: 2, cost: 3, aliases: 0 });
    expect(measure(document, {}, 'Big').depth).toBe(5);
  });

  it('measures an unknown or ambiguous operation as nothing', () => {
    const document = /* GraphQL */ `query A { title(id: "1") { id } } query B { title(id: "2") { id } }`;
    expect(measure(document, {}, 'C')).toEqual({ depth: 0, cost: 0, aliases: 0 });
    expect(measure(document)).toEqual({ depth: 0, cost: 0, aliases: 0 });
  });

  it('terminates on a fragment cycle', () => {
    const query = /* GraphQL */ `
      { title(id: "1") { ...A } }
      fragment A on Title { similar { ...B } }
      fragment B on Title { similar { ...A } }
    `;
    // title 1 → similar (A) 2 → similar (B) 3; the spread back into A is cut.
    expect(measure(query).depth).toBe(3);
  });

  it('measures a fragment bomb in linear time', () => {
    // F0 spreads F1 twice, F1 spreads F2 twice … : 2^40 expansions if walked naively.
    const levels = 40;
    const fragments = Array.from(
      { length: levels },
      (_, i) => `fragment F${i} on Title { a${i}: similar(first: 1) { ...F${i + 1} } b${i}: similar(first: 1) { ...F${i + 1} } }`,
    ).join('\n');
    const query = `{ title(id: "1") { ...F0 } }\n${fragments}\nfragment F${levels} on Title { id }`;
    const started = performance.now();
    const measured = measure(query);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(measured.depth).toBe(levels + 2);
    // 2 aliases at level 0, 4 at level 1, … : 2 + 4 + … + 2^40
    expect(measured.aliases).toBe(2 ** (levels + 1) - 2);
  });

  it('costs fields the schema lacks by shape, without throwing', () => {
    // unknown 2 + nope 1 = 3 (an unvalidated document; validation would reject it)
    expect(measure(/* GraphQL */ `{ unknown { nope } }`)).toEqual({ depth: 2, cost: 3, aliases: 0 });
  });
});
