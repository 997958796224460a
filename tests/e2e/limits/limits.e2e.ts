import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Router } from '@media-gateway/router';
import { startFixtureRouter } from '../../support/startFixtureRouter.js';
import * as titles from './services/titles/index.js';

// The router's limits over HTTP against a subgraph whose schema allows unbounded nesting, which the real catalog
// schema does not (yet): depth and cost bombs must be refused before any subgraph is called.
let router: Router;
let endpoint: string;

beforeAll(async () => {
  ({ router, endpoint } = await startFixtureRouter([{ ...titles, createContext: () => ({}) }]));
});
afterAll(async () => router?.close());

async function send(query: string) {
  const response = await fetch(endpoint, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  return { status: response.status, body: (await response.json()) as { data?: unknown; errors?: Array<{ message: string; extensions: Record<string, unknown> }> } };
}

const nest = (levels: number, first = 1) => `{ title(id: "1") ${`{ related(first: ${first}) `.repeat(levels)}{ id }${' }'.repeat(levels)} }`;

describe('router limits over HTTP', () => {
  it('runs a query at the depth limit', async () => {
    const before = titles.calls.count;
    const { status, body } = await send(nest(5)); // title 1 + related × 5 + id = depth 7
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(titles.calls.count).toBe(before + 1);
  });

  it('refuses a depth bomb before calling the subgraph', async () => {
    const before = titles.calls.count;
    const { status, body } = await send(nest(10));
    expect(status).toBe(400);
    expect(body.errors?.[0]).toMatchObject({ message: 'Query depth 12 exceeds the maximum of 7.', extensions: { code: 'QUERY_TOO_DEEP', limit: 7, actual: 12 } });
    expect(body.data).toBeUndefined();
    expect(titles.calls.count).toBe(before);
  });

  it('refuses a query whose lists multiply past the cost limit', async () => {
    const before = titles.calls.count;
    // related(first: 10) three deep: ((2 + 1) × 10 + 2) × 10 + 2) × 10 + title 2 = 3222
    const { status, body } = await send(nest(3, 10));
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 1000, actual: 3222 });
    expect(titles.calls.count).toBe(before);
  });
});
