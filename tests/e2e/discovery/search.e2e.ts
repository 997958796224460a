import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startTestProduct, type TestProduct } from '../../support/startTestProduct.js';
import { discoveryClient, PRODUCT_ENV, ratingRank, type DiscoveryClient } from './discoveryClient.js';

// Discovery as clients reach it: through the router, over the seeded catalogue (vega-datasets films and
// bangumi-data anime), with title fields resolved by the catalog through federation. Filters are checked on every
// hit rather than against fixed lists, so the tests hold while ranking is tuned.
let product: TestProduct;
let api: DiscoveryClient;
let jawsId: string;

interface HitTitle {
  id: string;
  name: string;
  contentType: string;
  releaseYear: number | null;
  runtimeMinutes: number | null;
  genres: string[];
  popularity: number;
  contentRating: { rating: string } | null;
}
interface Hit {
  title: HitTitle;
  primaryReason: { kind: string; text: string } | null;
  breakdown: { retrievers: Array<{ retriever: string; rank: number | null }> };
}
interface Facet {
  value: string;
  count: number;
}
interface Results {
  totalCount: number;
  trending: boolean;
  strategy: string;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  parsed: { genres: string[]; yearRange: { min: number | null; max: number | null } | null; runtimeMinutes: { min: number | null; max: number | null } | null };
  correction: { original: string; corrected: string } | null;
  facets: { genres: Facet[]; decades: Facet[] };
  hits: Hit[];
}

const SEARCH = /* GraphQL */ `
  query Search($query: String!, $filters: SearchFilter, $strategy: SearchStrategy, $region: String, $first: Int, $after: String) {
    search(query: $query, filters: $filters, strategy: $strategy, region: $region, first: $first, after: $after) {
      totalCount
      trending
      strategy
      pageInfo { hasNextPage endCursor }
      parsed { genres yearRange { min max } runtimeMinutes { min max } }
      correction { original corrected }
      facets { genres { value count } decades { value count } }
      hits {
        title { id name contentType releaseYear runtimeMinutes genres popularity contentRating { rating } }
        primaryReason { kind text }
        breakdown { retrievers { retriever rank } }
      }
    }
  }
`;

interface SearchArgs {
  query: string;
  filters?: Record<string, unknown>;
  strategy?: string;
  region?: string;
  first?: number;
  after?: string;
}

async function search(args: SearchArgs): Promise<Results> {
  const { status, body } = await api.call<{ search: Results }>(SEARCH, { ...args });
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  expect(status).toBe(200);
  return body.data!.search;
}

const describeTitle = (t: HitTitle) => `${t.name} (${t.releaseYear ?? '?'}, ${t.runtimeMinutes ?? '?'} min, ${t.contentRating?.rating ?? 'unrated'}, ${t.genres.join('/')})`;

beforeAll(async () => {
  product = await startTestProduct({ ...PRODUCT_ENV });
  api = await discoveryClient(product);
  const { body } = await api.call<{ titles: { edges: Array<{ node: { id: string; name: string } }> } }>(/* GraphQL */ `{
    titles(filter: { genres: [HORROR], releaseYear: { min: 1975, max: 1975 } }, first: 100) { edges { node { id name } } }
  }`);
  jawsId = body.data!.titles.edges.find((e) => e.node.name === 'Jaws')!.node.id;
});
afterAll(async () => product?.close());

describe('natural-language search', () => {
  it('understands genres, era and runtime, and every hit satisfies them', async () => {
    const results = await search({ query: 'dark sci-fi thrillers from the 90s under two hours', first: 50 });
    expect(results.parsed.genres).toEqual(expect.arrayContaining(['SCIENCE_FICTION', 'THRILLER']));
    expect(results.parsed.yearRange).toEqual({ min: 1990, max: 1999 });
    expect(results.parsed.runtimeMinutes?.max).toBe(120);
    expect(results.hits.length).toBeGreaterThan(0);

    const offenders = results.hits
      .map((h) => h.title)
      .filter(
        (t) =>
          t.releaseYear === null ||
          t.releaseYear < 1990 ||
          t.releaseYear > 1999 ||
          t.runtimeMinutes === null ||
          t.runtimeMinutes > 120 ||
          !t.genres.some((g) => g === 'SCIENCE_FICTION' || g === 'THRILLER'),
      );
    expect(offenders.map(describeTitle)).toEqual([]);
    for (const hit of results.hits) {
      expect(hit.primaryReason, hit.title.name).toEqual({ kind: expect.any(String), text: expect.stringMatching(/\S/) });
      expect(hit.breakdown.retrievers.map((r) => r.retriever)).toEqual(expect.arrayContaining(['KEYWORD', 'VECTOR']));
    }
  });

  it('corrects a misspelt title and puts the title first', async () => {
    const results = await search({ query: 'godfahter' });
    expect(results.correction?.original).toBe('godfahter');
    expect(results.correction?.corrected.toLowerCase()).toContain('godfather');
    expect(results.hits[0]?.title.name).toBe('The Godfather');
  });

  it('finds nothing for a nonsense query', async () => {
    // No word here is within two edits of anything the catalogue knows ("qzxv wplk" would become "qzxv walk").
    const nonsense = await search({ query: 'xqzv jjkw qpvz' });
    const found = nonsense.hits.slice(0, 3).map((h) => `${h.title.name}: ${h.primaryReason?.text}`);
    expect(nonsense.totalCount, JSON.stringify({ correction: nonsense.correction, found })).toBe(0);
  });

  it('answers trending titles, most popular first, for an empty query', async () => {
    const results = await search({ query: '' });
    expect(results.trending).toBe(true);
    expect(results.hits.length).toBeGreaterThan(0);
    const popularity = results.hits.map((h) => h.title.popularity);
    expect(popularity).toEqual([...popularity].sort((a, b) => b - a));
  });
});

describe('explicit filters and facets', () => {
  it('holds every filter for every hit, and counts the facets over the whole result', async () => {
    const filters = { genres: ['COMEDY'], releaseYear: { min: 1990, max: 1999 }, maxRuntimeMinutes: 120, contentTypes: ['MOVIE'], maxContentRating: 'PG_13' };
    const results = await search({ query: 'comedy', filters, first: 100 });
    expect(results.totalCount).toBeGreaterThan(0);
    expect(results.hits).toHaveLength(Math.min(100, results.totalCount));

    const offenders = results.hits
      .map((h) => h.title)
      .filter(
        (t) =>
          !t.genres.includes('COMEDY') ||
          t.contentType !== 'MOVIE' ||
          t.releaseYear === null ||
          t.releaseYear < 1990 ||
          t.releaseYear > 1999 ||
          t.runtimeMinutes === null ||
          t.runtimeMinutes > 120 ||
          ratingRank(t.contentRating) < 0 ||
          ratingRank(t.contentRating) > ratingRank({ rating: 'PG-13' }),
      );
    expect(offenders.map(describeTitle)).toEqual([]);

    const comedy = results.facets.genres.find((f) => f.value.toUpperCase() === 'COMEDY');
    expect(comedy?.count).toBe(results.totalCount);
    expect(results.facets.decades.filter((f) => f.count > 0)).toEqual([{ value: '1990', count: results.totalCount }]);
  });

  it('gives every decade on the page a facet at least as large as its share of the page', async () => {
    const results = await search({ query: 'comedy', filters: { genres: ['COMEDY'] }, first: 100 });
    expect(results.facets.genres.find((f) => f.value.toUpperCase() === 'COMEDY')?.count).toBe(results.totalCount);

    const onPage = new Map<string, number>();
    for (const { title } of results.hits) {
      if (title.releaseYear === null) continue;
      const decade = String(Math.floor(title.releaseYear / 10) * 10);
      onPage.set(decade, (onPage.get(decade) ?? 0) + 1);
    }
    expect(onPage.size).toBeGreaterThan(1);
    const facets = new Map(results.facets.decades.map((f) => [f.value, f.count]));
    for (const [decade, count] of onPage) expect(facets.get(decade), decade).toBeGreaterThanOrEqual(count);
    const facetTotal = results.facets.decades.reduce((sum, f) => sum + f.count, 0);
    expect(facetTotal).toBeLessThanOrEqual(results.totalCount);
  });

  // d Anime Store's offers come from bangumi-data (JP only); Netflix's US offers are the catalog's.
  it.each([
    ['danime', 'JP', 'school'],
    ['netflix', 'US', 'space'],
  ])('keeps only titles with an offer on %s in %s', async (platform, region, query) => {
    const { body } = await api.call<{ search: { totalCount: number; hits: Array<{ title: { name: string; availability: Array<{ platform: { id: string } }> } }> } }>(
      /* GraphQL */ `
        query ($query: String!, $filters: SearchFilter, $region: String!) {
          search(query: $query, filters: $filters, region: $region, first: 30) {
            totalCount
            hits { title { name availability(region: $region) { platform { id } } } }
          }
        }`,
      { query, filters: { platforms: [platform] }, region },
    );
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    const { hits } = body.data!.search;
    expect(hits.length).toBeGreaterThan(0);
    const offenders = hits.filter((h) => !h.title.availability.some((o) => o.platform.id === platform)).map((h) => h.title.name);
    expect(offenders).toEqual([]);
  });
});

describe('paging and strategies', () => {
  it('pages on from endCursor in the same order, without overlap', async () => {
    const ten = await search({ query: 'space adventure', first: 10 });
    const first = await search({ query: 'space adventure', first: 5 });
    expect(first.pageInfo.hasNextPage).toBe(true);
    expect(first.pageInfo.endCursor).toEqual(expect.any(String));
    const second = await search({ query: 'space adventure', first: 5, after: first.pageInfo.endCursor! });
    const ids = (r: Results) => r.hits.map((h) => h.title.id);
    expect(ids(first)).toHaveLength(5);
    expect(ids(second)).toHaveLength(5);
    expect(ids(second).filter((id) => ids(first).includes(id))).toEqual([]);
    expect([...ids(first), ...ids(second)]).toEqual(ids(ten));
  });

  it.each([
    ['KEYWORD', 'space adventure'],
    ['VECTOR', 'space adventure'],
    ['GRAPH', 'movies like Jaws'],
  ])('%s answers from that retriever alone', async (strategy, query) => {
    const results = await search({ query, strategy });
    expect(results.strategy).toBe(strategy);
    expect(results.hits.length).toBeGreaterThan(0);
    for (const hit of results.hits) {
      expect(hit.breakdown.retrievers.length).toBeGreaterThan(0);
      expect(hit.breakdown.retrievers.map((r) => r.retriever).filter((r) => r !== strategy)).toEqual([]);
    }
  });
});

describe('autocomplete and similar titles', () => {
  const AUTOCOMPLETE = 'query ($prefix: String!) { autocomplete(prefix: $prefix) { text kind title { name } } }';
  type Suggestions = { autocomplete: Array<{ text: string; kind: string; title: { name: string } | null }> };

  it('suggests titles and people for a prefix, and nothing for one letter', async () => {
    const star = await api.call<Suggestions>(AUTOCOMPLETE, { prefix: 'star w' });
    expect(star.body.errors).toBeUndefined();
    expect(star.body.data!.autocomplete.filter((s) => s.kind === 'TITLE').map((s) => s.text)).toContainEqual(expect.stringMatching(/^Star Wars/));

    const spielberg = await api.call<Suggestions>(AUTOCOMPLETE, { prefix: 'spielb' });
    expect(spielberg.body.data!.autocomplete).toContainEqual(expect.objectContaining({ kind: 'PERSON', text: 'Steven Spielberg' }));

    expect((await api.call<Suggestions>(AUTOCOMPLETE, { prefix: 's' })).body).toEqual({ data: { autocomplete: [] } });
  });

  it('finds titles similar to a film, never the film itself', async () => {
    const { body } = await api.call<{ title: { similar: Array<{ title: { id: string; name: string } }> } }>(
      'query ($id: ID!) { title(id: $id) { similar(first: 5) { title { id name } } } }',
      { id: jawsId },
    );
    expect(body.errors).toBeUndefined();
    const similar = body.data!.title.similar.map((h) => h.title);
    expect(similar).toHaveLength(5);
    expect(similar.map((t) => t.id)).not.toContain(jawsId);
  });
});

describe('bad input', () => {
  const HEAT = 'query ($query: String!) { search(query: $query) { totalCount } }';
  const cases: Array<[string, string, () => Record<string, unknown>]> = [
    ['a 10,000-character query', HEAT, () => ({ query: 'heat '.repeat(2000) })],
    ['first: 0', '{ search(query: "heat", first: 0) { totalCount } }', () => ({})],
    ['first: 101', '{ search(query: "heat", first: 101) { totalCount } }', () => ({})],
    ['first: -1', '{ search(query: "heat", first: -1) { totalCount } }', () => ({})],
    ['an unknown region', '{ search(query: "heat", region: "ZZ") { totalCount } }', () => ({})],
    ['a region that is not alpha-2', '{ search(query: "heat", region: "usa") { totalCount } }', () => ({})],
    ['a malformed cursor', '{ search(query: "heat", after: "garbage") { totalCount } }', () => ({})],
    [
      'six filters at once',
      /* GraphQL */ `{
        search(query: "heat", filters: {
          genres: [DRAMA], excludedGenres: [HORROR], contentTypes: [MOVIE], releaseYear: { min: 1990 }, maxRuntimeMinutes: 150, maxContentRating: R
        }) { totalCount }
      }`,
      () => ({}),
    ],
    ['autocomplete first: 21', '{ autocomplete(prefix: "star", first: 21) { text } }', () => ({})],
    ['similar first: 0', 'query ($id: ID!) { title(id: $id) { similar(first: 0) { score } } }', () => ({ id: jawsId })],
  ];

  it.each(cases)('%s is BAD_USER_INPUT', async (_name, query, variables) => {
    const { status, body } = await api.call(query, variables());
    expect([200, 400]).toContain(status);
    expect(body.errors?.[0]?.extensions?.code, JSON.stringify(body)).toBe('BAD_USER_INPUT');
    expect(body.errors?.[0]?.message).not.toMatch(/\bat .+\.(ts|js):\d+/);
  });

  it('searches control characters as spaces', async () => {
    const plain = await search({ query: 'heat' });
    const noisy = await search({ query: '\u0000heat\u0007\u202e' });
    expect(plain.hits.length).toBeGreaterThan(0);
    expect(noisy.hits[0]?.title.id).toBe(plain.hits[0]!.title.id);
  });

  it('answers trending titles for a whitespace-only query', async () => {
    const results = await search({ query: ' \t\n  ' });
    expect(results.trending).toBe(true);
    expect(results.hits.length).toBeGreaterThan(0);
  });
});

describe('search analytics', () => {
  const ANALYTICS = '{ searchAnalytics { searches zeroResultQueries { query count } } }';
  type Analytics = { searchAnalytics: { searches: number; zeroResultQueries: Array<{ query: string; count: number }> } };

  it('lists zero-result queries to admins only', async () => {
    const nonsense = await search({ query: 'xqzv jjkw qpvz' });
    expect(nonsense.totalCount).toBe(0);
    await search({ query: 'space adventure' });

    const anonymous = await api.call<Analytics>(ANALYTICS);
    expect(anonymous.body.data?.searchAnalytics ?? null).toBeNull();
    expect(['UNAUTHENTICATED', 'FORBIDDEN']).toContain(anonymous.body.errors?.[0]?.extensions?.code);

    const admin = { email: 'analyst@example.test', password: 'Correct-Horse-7' };
    await api.register(admin);
    const free = await api.call<Analytics>(ANALYTICS, {}, await api.signIn(admin, 'openid admin:analytics'));
    expect(free.status).toBe(403);
    expect(free.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    await product.sql(`UPDATE identity."user" SET role = 'admin' WHERE email = $1`, [admin.email]);
    const token = await api.signIn(admin, 'openid admin:analytics');
    // The search log is written in batches off the request path, so the entries arrive a moment after the searches.
    await vi.waitFor(
      async () => {
        const { body } = await api.call<Analytics>(ANALYTICS, {}, token);
        expect(body.errors).toBeUndefined();
        expect(body.data!.searchAnalytics.searches).toBeGreaterThanOrEqual(2);
        expect(body.data!.searchAnalytics.zeroResultQueries).toContainEqual({ query: 'xqzv jjkw qpvz', count: expect.any(Number) });
      },
      { timeout: 20_000, interval: 500 },
    );
  });
});
