import { describe, expect, it } from 'vitest';
import { parse } from 'graphql';
import { measureOperation } from '../../src/limits/measureOperation.js';
import { SPEC_FIELD_COSTS } from '../../src/limits/fieldCosts.js';
import { catalogSchema } from './catalogSchema.js';

const measure = (query: string, variables = {}) => measureOperation(catalogSchema, parse(query), undefined, variables, SPEC_FIELD_COSTS);

describe('measureOperation with the spec field costs (PRODUCT_SPEC §1)', () => {
  it('costs availability a flat 20 whatever it selects', () => {
    // title 2 + availability 20 = 22
    expect(measure(`{ title(id: "1") { availability(region: "US") { platform region deepLink } } }`).cost).toBe(22);
  });

  it('costs similar 40 per item of its page', () => {
    // title 2 + similar(first: 3) 3 × 40 = 122; 10 × 40 when unsized
    expect(measure(`{ title(id: "1") { similar(first: 3) { id } } }`).cost).toBe(122);
    expect(measure(`{ title(id: "1") { similar { id } } }`).cost).toBe(402);
  });

  it('costs search 50 per item, sized by its limit variable', () => {
    expect(measure(`query ($n: Int) { search(query: "x", limit: $n) { id } }`, { n: 20 }).cost).toBe(1000);
  });

  it('keeps depth and aliases counted inside an overridden field', () => {
    const measured = measure(`{ title(id: "1") { similar(first: 1) { a: id b: id similar(first: 1) { id } } } }`);
    expect(measured.depth).toBe(4);
    expect(measured.aliases).toBe(2);
  });

  it('lets a titles page with availability fit the default budget', () => {
    // edge: 2 + cursor 1 + node (2 + id 1 + title 1 + availability 20) = 27; × 20 = 540; titles 2 → 542
    const query = `{ titles(first: 20) { edges { cursor node { id title availability(region: "US") { platform deepLink } } } } }`;
    expect(measure(query).cost).toBe(542);
  });
});
