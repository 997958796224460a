import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestProduct, type GraphQLResponse, type TestProduct } from '../../support/startTestProduct.js';

let product: TestProduct;

beforeAll(async () => {
  product = await startTestProduct();
});
afterAll(async () => product?.close());

const TITLE_FIELDS = /* GraphQL */ `
  id name originalName releaseYear contentType genres directors runtimeMinutes
  contentRating { system rating minimumAge }
  externalIds { imdb tmdbMovie myAnimeList aniList bangumi }
  availability(region: "US") { platform { id name } availabilityType price { amount currency } source deepLink { appUrl webUrl } }
`;

interface TitleNode {
  id: string;
  name: string;
  releaseYear: number | null;
  genres: string[];
  directors: string[];
  externalIds: Record<string, string | null>;
  availability: Array<{ platform: { id: string }; availabilityType: string; price: unknown; source: string; deepLink: { appUrl: string | null; webUrl: string } }>;
}
type Page = { titles: { totalCount: number; edges: Array<{ cursor: string; node: TitleNode }>; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };

describe('catalog through the router', () => {
  it('imported both seed datasets, merging the film they share', async () => {
    const page = await product.graphql<Page>(/* GraphQL */ `
      query AnimatedFilms2001 {
        titles(filter: { genres: [ANIMATION], contentTypes: [MOVIE], releaseYear: { min: 2001, max: 2001 } }, first: 100) {
          edges { node { id name } }
        }
      }`);
    expect(page.body.errors).toBeUndefined();
    const matches = page.body.data!.titles.edges.filter((e) => e.node.name === 'Spirited Away');
    expect(matches).toHaveLength(1);
    const { body } = await product.graphql<{ title: TitleNode }>(`query Title($id: ID!) { title(id: $id) { ${TITLE_FIELDS} } }`, {
      id: matches[0]!.node.id,
    });
    const spirited = body.data!.title;
    // Director and rating come from vega-datasets, the anime ids and real offers from bangumi-data.
    expect(spirited!.directors).toEqual(['Hayao Miyazaki']);
    expect(spirited!.externalIds.myAnimeList).toBe('199');
    expect(spirited!.availability.every((o) => o.source === 'BANGUMI_DATA')).toBe(true);
  });

  it('answers a title with its current availability and a deep link per offer', async () => {
    const page = await product.graphql<Page>(/* GraphQL */ `{
      titles(filter: { region: "US", platforms: ["netflix"], contentTypes: [SERIES] }, first: 1) { edges { node { id } } }
    }`);
    const id = page.body.data!.titles.edges[0]!.node.id;
    const { body } = await product.graphql<{ title: TitleNode }>(`query Title($id: ID!) { title(id: $id) { ${TITLE_FIELDS} } }`, { id });
    expect(body.errors).toBeUndefined();
    const netflix = body.data!.title.availability.find((o) => o.platform.id === 'netflix');
    expect(netflix).toBeDefined();
    expect(netflix!.deepLink.appUrl).toMatch(/^netflix:\/\/title\/\w+$/);
    expect(netflix!.deepLink.webUrl).toMatch(/^https:\/\/www\.netflix\.com\/title\/\w+$/);
    for (const offer of body.data!.title.availability) {
      expect(offer.deepLink.webUrl).toMatch(/^https:\/\//);
      if (offer.availabilityType === 'SUBSCRIPTION') expect(offer.price).toBeNull();
    }
  });

  it('pages through a filtered connection without gaps or repeats', async () => {
    const query = /* GraphQL */ `
      query Horror90s($after: String) {
        titles(filter: { genres: [HORROR], releaseYear: { min: 1990, max: 1999 } }, orderBy: RELEASE_DATE, first: 7, after: $after) {
          totalCount edges { cursor node { id name releaseYear genres } } pageInfo { hasNextPage endCursor }
        }
      }`;
    const seen: TitleNode[] = [];
    let after: string | null = null;
    let total = 0;
    for (let i = 0; i < 50; i += 1) {
      const variables: Record<string, unknown> = { after };
      const response: GraphQLResponse<Page> = await product.graphql<Page>(query, variables);
      expect(response.body.errors).toBeUndefined();
      const { edges, pageInfo, totalCount }: Page['titles'] = response.body.data!.titles;
      total = totalCount;
      seen.push(...edges.map((e) => e.node));
      if (!pageInfo.hasNextPage) break;
      expect(pageInfo.endCursor).toBe(edges.at(-1)!.cursor);
      after = pageInfo.endCursor as string;
    }
    expect(total).toBeGreaterThan(20);
    expect(seen).toHaveLength(total);
    expect(new Set(seen.map((n) => n.id)).size).toBe(total);
    for (const node of seen) {
      expect(node.genres).toContain('HORROR');
      expect(node.releaseYear).toBeGreaterThanOrEqual(1990);
      expect(node.releaseYear).toBeLessThanOrEqual(1999);
    }
    const years = seen.map((n) => n.releaseYear!);
    expect(years).toEqual([...years].sort((a, b) => b - a));
  });

  it('lists genres with counts and platforms by region', async () => {
    const { body } = await product.graphql<{ genres: Array<{ genre: string; titleCount: number }>; platforms: Array<{ id: string }> }>(
      `{ genres { genre titleCount } platforms(region: "CA") { id } }`,
    );
    expect(body.data!.genres).toHaveLength(18);
    expect(body.data!.genres.find((g) => g.genre === 'ANIMATION')!.titleCount).toBeGreaterThan(8000);
    const ids = body.data!.platforms.map((p) => p.id);
    expect(ids).toContain('crave');
    expect(ids).toContain('netflix');
    expect(ids).not.toContain('bbc_iplayer');
  });
});

describe('bad input through the router gets a typed error and never reaches the database', () => {
  const aliasFlood = `{ ${Array.from({ length: 40 }, (_, i) => `a${i}: genres { genre }`).join(' ')} }`;
  const introspectionBomb = `{ __type(name: "Title") ${'{ fields { type '.repeat(12)}{ name }${' } }'.repeat(12)} }`;
  const costBomb = `{ titles(first: 100) { edges { node { credits { name } localizedNames { name } } } } }`;
  const cases: Array<[string, string, number, string]> = [
    ['a malformed id', JSON.stringify({ query: '{ title(id: "1; DROP TABLE title") { name } }' }), 200, 'BAD_USER_INPUT'],
    ['first: -1', JSON.stringify({ query: '{ titles(first: -1) { totalCount } }' }), 200, 'BAD_USER_INPUT'],
    ['first: 10000', JSON.stringify({ query: '{ titles(first: 10000) { edges { cursor } } }' }), 400, 'QUERY_TOO_COMPLEX'],
    ['first: 101', JSON.stringify({ query: '{ titles(first: 101) { pageInfo { hasNextPage } } }' }), 200, 'BAD_USER_INPUT'],
    ['an unknown genre', JSON.stringify({ query: '{ titles(filter: { genres: [KUNG_FU] }) { totalCount } }' }), 400, 'GRAPHQL_VALIDATION_FAILED'],
    ['an unsupported region', JSON.stringify({ query: '{ titles(filter: { region: "Mars" }) { totalCount } }' }), 200, 'BAD_USER_INPUT'],
    ['a forged cursor', JSON.stringify({ query: '{ titles(after: "eyJ4IjoxfQ") { totalCount } }' }), 200, 'BAD_USER_INPUT'],
    // graphql-js's MaxIntrospectionDepthRule refuses it while validating; field depth bombs are in tests/e2e/limits.
    ['an introspection depth bomb', JSON.stringify({ query: introspectionBomb }), 400, 'GRAPHQL_VALIDATION_FAILED'],
    ['an alias flood', JSON.stringify({ query: aliasFlood }), 400, 'TOO_MANY_ALIASES'],
    ['a cost bomb', JSON.stringify({ query: costBomb }), 400, 'QUERY_TOO_COMPLEX'],
    ['a 1 MB query', JSON.stringify({ query: `{ genres { genre } ${' '.repeat(1_000_000)}}` }), 413, 'QUERY_TOO_LARGE'],
    ['a body over 1 MiB', JSON.stringify({ query: `{ genres { genre } ${'#'.repeat(1_100_000)}\n}` }), 413, 'PAYLOAD_TOO_LARGE'],
    ['malformed JSON', '{"query": ', 400, 'BAD_REQUEST'],
  ];

  it.each(cases)('%s', async (_name, body, status, code) => {
    const before = await product.metric('db_statements_total');
    const response = await product.post(body);
    const json = (await response.json()) as { errors?: Array<{ message: string; extensions?: { code?: string } }> };
    expect(response.status).toBe(status);
    expect(json.errors?.[0]?.extensions?.code).toBe(code);
    expect(json.errors?.[0]?.message).not.toMatch(/\bat .+\.(ts|js):\d+/);
    expect(await product.metric('db_statements_total')).toBe(before);
  });
});

describe('the router as an HTTP service', () => {
  it('serves health, readiness, metrics by operation, and the explorer from local assets', async () => {
    await product.graphql('query GenreList { genres { genre } }');
    const health = await (await fetch(`${product.url}/health`)).json();
    expect(health).toMatchObject({ status: 'ok', mode: 'embedded' });
    const ready = await fetch(`${product.url}/ready`);
    expect(ready.status).toBe(200);
    const metrics = await (await fetch(`${product.url}/metrics`)).text();
    expect(metrics).toMatch(/http_requests_total\{service="router",operation="GenreList",outcome="success"\} \d+/);
    expect(metrics).toMatch(/http_request_duration_seconds_bucket\{le="[\d.]+",service="router",operation="GenreList",outcome="success"\}/);
    const page = await fetch(`${product.url}/graphql`, { headers: { accept: 'text/html' } });
    const html = await page.text();
    expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(html).not.toMatch(/https?:\/\//);
    for (const asset of html.matchAll(/(?:src|href)="(\/graphql\/assets\/[^"]+)"/g)) {
      const response = await fetch(`${product.url}${asset[1]}`);
      expect(response.status).toBe(200);
      // Read the body: an unread one keeps its keep-alive connection busy, and the server's close waits for it.
      expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(0);
    }
  });
});
